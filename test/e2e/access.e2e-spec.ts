import { randomUUID } from 'node:crypto';
import type { Role } from '@apprenance/db';
import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';
import { listRoutes, RouteRule } from '../support/routes';

/** The base a controller path is served under (health is unversioned). */
function url(route: RouteRule): string {
  const path = route.path.replace(/:(\w+)/g, () => randomUUID());
  return route.controller === 'HealthController' ? `/api${path}` : `/api/v1${path}`;
}

describe('access rules', () => {
  let ctx: TestApp;
  let routes: RouteRule[];

  beforeAll(async () => {
    ctx = await createTestApp();
    routes = listRoutes(ctx.app);
  });
  afterAll(() => ctx.close());

  it('finds the application routes', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('POST /auth/login');
  });

  it('gives every endpoint an explicit role rule or marks it public', () => {
    const unruled = routes.filter((r) => !r.isPublic && !r.roles?.length);
    expect(unruled.map((r) => `${r.controller}.${r.handler}`)).toEqual([]);
  });

  it('answers 401 on every non-public endpoint when no token is sent', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const call = ctx.http()[route.method.toLowerCase() as 'get'](url(route));
      const response = await call;
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it('answers 403 to every role an endpoint does not admit', async () => {
    const tokens = {} as Record<Role, string>;
    for (const role of ['admin', 'trainer', 'participant'] as Role[]) {
      tokens[role] = await ctx.tokenFor(await ctx.factory.user({ role }));
    }
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const role of (['admin', 'trainer', 'participant'] as Role[]).filter(
        (r) => !route.roles?.includes(r),
      )) {
        const response = await ctx
          .http()
          [route.method.toLowerCase() as 'get'](url(route))
          .set('Authorization', `Bearer ${tokens[role]}`);
        expect({ route: `${route.method} ${route.path}`, role, status: response.status }).toEqual({
          route: `${route.method} ${route.path}`,
          role,
          status: 403,
        });
        expectProblem(response, 403, 'forbidden');
      }
    }
  });

  it('keeps user administration and the audit log to admins', () => {
    const rule = (method: string, path: string) =>
      routes.find((r) => r.method === method && r.path === path)?.roles;
    expect(rule('GET', '/users')).toEqual(['admin']);
    expect(rule('POST', '/users')).toEqual(['admin']);
    expect(rule('GET', '/audit-log')).toEqual(['admin']);
    expect(rule('GET', '/territories')).toEqual(['admin', 'trainer']);
    expect(rule('POST', '/territories')).toEqual(['admin']);
  });
});
