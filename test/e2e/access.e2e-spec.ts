import { randomUUID } from 'node:crypto';
import type { Role } from '@apprenance/db';
import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';
import { listRoutes, RouteRule } from '../support/routes';

const ROLES: Role[] = ['admin', 'trainer', 'participant'];
const ADMIN: Role[] = ['admin'];
const STAFF: Role[] = ['admin', 'trainer'];
const EVERYONE: Role[] = ROLES;

/**
 * Who may call each route, written by hand from the roles of DESIGN.md — never read from the
 * decorators under test, so a route opened to the wrong role fails here. A new route fails until
 * it gets a row. `public` routes take no token.
 */
const EXPECTED: Record<string, Role[] | 'public'> = {
  'GET /health': 'public',
  'POST /auth/login': 'public',
  'GET /auth/me': EVERYONE,
  'GET /users': ADMIN,
  'GET /users/:id': ADMIN,
  'POST /users': ADMIN,
  'PATCH /users/:id': ADMIN,
  'DELETE /users/:id': ADMIN,
  'GET /territories': STAFF,
  'GET /territories/:id': STAFF,
  'POST /territories': ADMIN,
  'PATCH /territories/:id': ADMIN,
  'DELETE /territories/:id': ADMIN,
  'GET /audit-log': ADMIN,
  'GET /audit-log/:id': ADMIN,
  'GET /cohorts': EVERYONE,
  'GET /cohorts/:id': EVERYONE,
  'POST /cohorts': STAFF,
  'PATCH /cohorts/:id': STAFF,
  'POST /cohorts/:id/status': STAFF,
  'GET /cohorts/:cohortId/pairs': EVERYONE,
  'POST /cohorts/:cohortId/pairs': STAFF,
  'POST /cohorts/:cohortId/applications': 'public',
  'POST /cohorts/:cohortId/pairs/:pairId/accept': STAFF,
  'POST /cohorts/:cohortId/pairs/:pairId/decline': STAFF,
  'POST /cohorts/:cohortId/pairs/:pairId/withdraw': EVERYONE,
  'POST /cohorts/:cohortId/pairs/import': STAFF,
  'GET /cohorts/:cohortId/roster.csv': STAFF,
  'GET /cohorts/:cohortId/sessions': EVERYONE,
  'PATCH /cohorts/:cohortId/sessions/:sessionId': STAFF,
  'PUT /cohorts/:cohortId/sessions/:sessionId/attendance': STAFF,
  'GET /cohorts/:cohortId/attendance': EVERYONE,
  'GET /cohorts/:cohortId/attendance-rates': EVERYONE,
  'GET /cohorts/:cohortId/attendance.csv': STAFF,
  'POST /cohorts/:cohortId/calendar-link': EVERYONE,
  'DELETE /cohorts/:cohortId/calendar-link': EVERYONE,
  'GET /calendars/:tokenId/:secret.ics': 'public',
  'GET /courses': EVERYONE,
  'GET /courses/:id': EVERYONE,
  'POST /courses': ADMIN,
  'PATCH /courses/:id': STAFF,
  'DELETE /courses/:id': ADMIN,
  'GET /course-modules': EVERYONE,
  'GET /course-modules/:id': EVERYONE,
  'POST /course-modules': STAFF,
  'PATCH /course-modules/:id': STAFF,
  'DELETE /course-modules/:id': STAFF,
  'GET /course-resources': EVERYONE,
  'GET /course-resources/:id': EVERYONE,
  'GET /course-resources/:id/file': EVERYONE,
  'POST /course-resources': STAFF,
  'POST /course-resources/upload': STAFF,
  'PATCH /course-resources/:id': STAFF,
  'DELETE /course-resources/:id': STAFF,
  'GET /civic-techs': EVERYONE,
  'GET /civic-techs/:id': EVERYONE,
  'POST /civic-techs': ADMIN,
  'PATCH /civic-techs/:id': ADMIN,
  'DELETE /civic-techs/:id': ADMIN,
  'GET /public/courses': 'public',
  'GET /public/courses/:slug': 'public',
  'GET /public/resources/:id/file': 'public',
  'GET /public/civic-techs': 'public',
  'GET /public/civic-techs/:slug': 'public',
  'GET /public/commons.zip': 'public',
};

const keyOf = (route: RouteRule) => `${route.method} ${route.path}`;

/** The base a controller path is served under (health is unversioned). */
function url(route: RouteRule): string {
  const path = route.path.replace(/:(\w+)/g, () => randomUUID());
  return route.controller === 'HealthController' ? `/api${path}` : `/api/v1${path}`;
}

describe('access rules', () => {
  let ctx: TestApp;
  let routes: RouteRule[];
  const call = (route: RouteRule, token?: string) => {
    const request = ctx.http()[route.method.toLowerCase() as 'get'](url(route));
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    routes = listRoutes(ctx.app);
  });
  afterAll(() => ctx.close());

  it('has an expected rule for every route, and a route for every rule', () => {
    const keys = routes.map(keyOf);
    expect(keys.filter((key) => !(key in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('answers 401 on every non-public endpoint when no token is sent', async () => {
    for (const route of routes.filter((r) => EXPECTED[keyOf(r)] !== 'public')) {
      const response = await call(route);
      expect({ route: keyOf(route), status: response.status }).toEqual({
        route: keyOf(route),
        status: 401,
      });
    }
  });

  it('lets anyone reach the public endpoints', async () => {
    for (const route of routes.filter((r) => EXPECTED[keyOf(r)] === 'public')) {
      const response = await call(route);
      expect({ route: keyOf(route), refused: [401, 403].includes(response.status) }).toEqual({
        route: keyOf(route),
        refused: false,
      });
    }
  });

  it('admits exactly the expected roles to every endpoint', async () => {
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) tokens[role] = await ctx.tokenFor(await ctx.factory.user({ role }));
    for (const route of routes) {
      const expected = EXPECTED[keyOf(route)];
      if (expected === 'public') continue;
      for (const role of ROLES) {
        const response = await call(route, tokens[role]);
        const refused = response.status === 403 && response.body.reason === 'auth.role_forbidden';
        expect({ route: keyOf(route), role, admitted: !refused }).toEqual({
          route: keyOf(route),
          role,
          admitted: expected.includes(role),
        });
        if (refused) expectProblem(response, 403, 'forbidden', 'auth.role_forbidden');
        else expect(response.status).not.toBe(401);
      }
    }
  });
});
