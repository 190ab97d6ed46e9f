import { randomUUID } from 'node:crypto';
import type { Role } from '@apprenance/db';
import { EXPECTED_ACCESS, ROLES } from '../support/access-policy';
import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';
import { listRoutes, RouteRule } from '../support/routes';

const keyOf = (route: RouteRule) => `${route.method} ${route.path}`;

/** The base of the controllers served outside /api/v1 (health, the queue dashboard, verify). */
const UNVERSIONED: Record<string, string> = {
  HealthController: '/api',
  QueueDashboardController: '/api',
  VerifyPageController: '',
};

/** The base a controller path is served under. */
function url(route: RouteRule): string {
  const path = route.path.replace(/:(\w+)/g, () => randomUUID()).replace('{*path}', 'any/path');
  return `${UNVERSIONED[route.controller] ?? '/api/v1'}${path}`;
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
    expect(keys.filter((key) => !(key in EXPECTED_ACCESS))).toEqual([]);
    expect(Object.keys(EXPECTED_ACCESS).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('answers 401 on every non-public endpoint when no token is sent', async () => {
    for (const route of routes.filter((r) => EXPECTED_ACCESS[keyOf(r)] !== 'public')) {
      const response = await call(route);
      expect({ route: keyOf(route), status: response.status }).toEqual({
        route: keyOf(route),
        status: 401,
      });
    }
  });

  it('lets anyone reach the public endpoints', async () => {
    for (const route of routes.filter((r) => EXPECTED_ACCESS[keyOf(r)] === 'public')) {
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
      const expected = EXPECTED_ACCESS[keyOf(route)];
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
