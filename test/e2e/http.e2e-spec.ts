import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/app';
import { PROBLEM_REASONS } from '../../apps/api/src/common/problem/reasons';
import { expectProblem } from '../support/problem';

describe('HTTP conventions', () => {
  let ctx: TestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp({ env: { BODY_LIMIT: '2kb' } });
    auth = {
      Authorization: `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`,
    };
  });
  afterAll(() => ctx.close());

  it('reports health of Postgres and Redis', async () => {
    const response = await ctx.http().get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('answers malformed JSON with a 400 problem and writes nothing', async () => {
    const response = await ctx
      .http()
      .post('/api/v1/territories')
      .set(auth)
      .set('Content-Type', 'application/json')
      .send('{"name": "Lyon", ');
    expectProblem(response, 400, 'malformed_body', 'request.malformed_json');
    const rows = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM territories WHERE name = 'Lyon'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await ctx
      .http()
      .post('/api/v1/territories')
      .set(auth)
      .send({ name: 'x'.repeat(4096), country: 'FR', level: 'region' });
    expectProblem(response, 413, 'body_too_large', 'request.body_too_large');
  });

  it('names invalid fields, unknown fields and bad path ids', async () => {
    const response = await ctx
      .http()
      .post('/api/v1/territories')
      .set(auth)
      .send({ name: 'Lyon', country: 'France', level: 'city', mayor: 'x' });
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors).toEqual({
      country: ['country must be an ISO 3166-1 alpha-2 code such as FR'],
      level: [expect.stringContaining('level must be one of')],
      mayor: ['property mayor should not exist'],
    });
    const badId = await ctx.http().get('/api/v1/territories/not-a-uuid').set(auth);
    expectProblem(badId, 400, 'validation_failed');
    expect(badId.body.errors).toEqual({ id: ['must be a UUID'] });
  });

  it('writes field messages in the language the client asks for', async () => {
    const body = { name: 'Lyon', country: 'France', level: 'city', mayor: 'x' };
    const expected: Record<string, Record<string, string[]>> = {
      'fr-FR,fr;q=0.9': {
        country: ['doit être un code pays ISO 3166-1 alpha-2, par exemple FR'],
        level: [
          'doit être l’une de ces valeurs : municipality, inter_municipality, department_or_province, region, other',
        ],
        mayor: ['n’est pas un champ que cette requête accepte'],
      },
      'de-DE,en;q=0.5': {
        country: ['country must be an ISO 3166-1 alpha-2 code such as FR'],
        level: [
          'level must be one of the following values: municipality, inter_municipality, department_or_province, region, other',
        ],
        mayor: ['property mayor should not exist'],
      },
    };
    for (const [language, errors] of Object.entries(expected)) {
      const response = await ctx
        .http()
        .post('/api/v1/territories')
        .set(auth)
        .set('Accept-Language', language)
        .send(body);
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors).toEqual(errors);
    }
    const badId = await ctx
      .http()
      .get('/api/v1/territories/not-a-uuid')
      .set(auth)
      .set('Accept-Language', 'fr');
    expect(badId.body.errors).toEqual({ id: ['doit être un identifiant (UUID)'] });
  });

  it('answers unknown routes and missing records with 404 problems', async () => {
    expectProblem(
      await ctx.http().get('/api/v1/nothing-here'),
      404,
      'not_found',
      'route.not_found',
    );
    expectProblem(
      await ctx.http().get('/api/v1/territories/00000000-0000-4000-8000-000000000000').set(auth),
      404,
      'not_found',
    );
  });

  it('echoes a request id and exposes Content-Range to the admin origin', async () => {
    const response = await ctx
      .http()
      .get('/api/v1/territories')
      .set(auth)
      .set('Origin', 'http://127.0.0.1:3000')
      .set('X-Request-Id', 'test-request-0001')
      .expect(200);
    expect(response.headers['x-request-id']).toBe('test-request-0001');
    expect(response.headers['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
    expect(response.headers['access-control-expose-headers']).toContain('Content-Range');
    expect(response.headers['content-range']).toMatch(/^territories \d+-\d+\/\d+$/);
  });

  it('records the request id of the change in the audit log', async () => {
    const created = await ctx
      .http()
      .post('/api/v1/territories')
      .set(auth)
      .set('X-Request-Id', 'audit-request-0002')
      .send({ name: 'Rennes', country: 'fr', level: 'municipality' })
      .expect(201);
    expect(created.body.country).toBe('FR');
    const audit = await ctx
      .http()
      .get(`/api/v1/audit-log?entityId=${created.body.id}`)
      .set(auth)
      .expect(200);
    expect(audit.body).toEqual([
      expect.objectContaining({ action: 'territory.create', requestId: 'audit-request-0002' }),
    ]);
  });

  it('sends security headers and serves the OpenAPI document', async () => {
    const response = await ctx.http().get('/api/docs-json').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/health',
      ]),
    );
    // Every reason the web app translates is listed, so other clients can translate them too.
    const { ProblemDto, ProblemReason } = response.body.components.schemas;
    expect(ProblemDto.required).toEqual(expect.arrayContaining(['code', 'reason']));
    expect(ProblemReason.enum.sort()).toEqual([...PROBLEM_REASONS].sort());
  });

  it('limits a public form to ten posts per address per hour', async () => {
    const url = `/api/v1/cohorts/${randomUUID()}/applications`;
    for (let i = 0; i < 10; i++) {
      const response = await ctx.http().post(url).send({});
      expectProblem(response, 400, 'validation_failed');
      expect(Object.keys(response.body.errors).sort()).toEqual([
        'political',
        'technical',
        'territory',
      ]);
    }
    expectProblem(
      await ctx.http().post(url).send({}),
      429,
      'too_many_requests',
      'request.throttled',
    );
  });
});
