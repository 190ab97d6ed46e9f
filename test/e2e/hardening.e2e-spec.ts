import type { Response } from 'supertest';
import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import { createTestApp, TestApp } from '../support/app';
import { databaseState } from '../support/fuzz/database-state';
import { createModule } from '../support/courses';
import { samples } from '../support/files';
import { enrolPair } from '../support/pairs';
import { expectProblem } from '../support/problem';

/**
 * The defects of the black-box test of issue 8, one test each: every input that used to end
 * in a 500 (or to be accepted) is now refused with a 4xx problem and writes nothing.
 */
describe('hardening: inputs that used to break the api', () => {
  let ctx: TestApp;
  let admin: string;
  let cohortId: string;
  let sessionId: string;
  let territoryId: string;
  let userId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    const cohort = await ctx.factory.cohort({ startsOn: '2027-03-01' });
    cohortId = cohort.id;
    const sessions = await ctx
      .http()
      .get(`/api/v1/cohorts/${cohortId}/sessions`)
      .set('Authorization', admin)
      .expect(200);
    sessionId = sessions.body[0].id;
    territoryId = (await ctx.factory.territory()).id;
    userId = (await ctx.factory.user({ role: 'trainer' })).id;
  });
  afterAll(() => ctx.close());

  const postJson = (url: string, text: string) =>
    ctx
      .http()
      .post(url)
      .set('Authorization', admin)
      .set('Content-Type', 'application/json')
      .send(text);

  const write = (method: 'post' | 'patch', url: string, body: unknown) =>
    ctx
      .http()
      [method](url)
      .set('Authorization', admin)
      .send(body as object);

  /** A refused request: a 4xx problem and not one row changed anywhere. */
  async function expectRefused(send: () => Promise<Response>, status = 400): Promise<Response> {
    const before = await databaseState(ctx.dataSource);
    const response = await send();
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await databaseState(ctx.dataSource)).toEqual(before);
    return response;
  }

  const textCases: [string, string][] = [
    ['a NUL byte', 'a\u0000b'],
    ['a lone surrogate', 'x\ud83dy'],
    ['a control character', 'bell\u0007'],
  ];

  describe.each(textCases)('text with %s (defects 3, 4)', (_, text) => {
    it.each([
      [
        'territory name',
        () =>
          write('post', '/api/v1/territories', {
            name: text,
            country: 'FR',
            level: 'municipality',
          }),
      ],
      [
        'territory rename',
        () => write('patch', `/api/v1/territories/${territoryId}`, { name: text }),
      ],
      [
        'user email',
        () => write('patch', `/api/v1/users/${userId}`, { email: `${text}@example.org` }),
      ],
      ['cohort name', () => write('patch', `/api/v1/cohorts/${cohortId}`, { name: text })],
      [
        'session venue',
        () => write('patch', `/api/v1/cohorts/${cohortId}/sessions/${sessionId}`, { venue: text }),
      ],
      [
        'civic-tech name',
        () =>
          write('post', '/api/v1/civic-techs', {
            ...CIVIC_TECH_SEED[0],
            slug: 'hostile',
            name: text,
          }),
      ],
    ])('is refused in the %s', async (_field, send) => {
      const response = await expectRefused(send);
      expectProblem(response, 400, 'validation_failed', 'request.invalid_fields');
    });
  });

  it('refuses a NUL in a public list filter, anonymously (defect 3)', async () => {
    expectProblem(await ctx.http().get('/api/v1/public/courses?q=a%00b'), 400, 'validation_failed');
  });

  it.each([
    ['territory name', () => `/api/v1/territories/${territoryId}`, { name: null }],
    ['user email', () => `/api/v1/users/${userId}`, { email: null }],
    ['user display name', () => `/api/v1/users/${userId}`, { displayName: null }],
    ['user locale', () => `/api/v1/users/${userId}`, { locale: null }],
    ['cohort name', () => `/api/v1/cohorts/${cohortId}`, { name: null }],
    ['cohort language', () => `/api/v1/cohorts/${cohortId}`, { language: null }],
    ['cohort online', () => `/api/v1/cohorts/${cohortId}`, { online: null }],
    ['cohort time zone ""', () => `/api/v1/cohorts/${cohortId}`, { timeZone: '' }],
    ['session date', () => `/api/v1/cohorts/${cohortId}/sessions/${sessionId}`, { date: null }],
    [
      'session start',
      () => `/api/v1/cohorts/${cohortId}/sessions/${sessionId}`,
      { startTime: null },
    ],
    ['session end', () => `/api/v1/cohorts/${cohortId}/sessions/${sessionId}`, { endTime: null }],
  ])(
    'refuses null or empty for the %s before any database call (defect 5)',
    async (_, url, body) => {
      const response = await expectRefused(() => write('patch', url(), body));
      expect(Object.keys(response.body.errors)).toEqual(Object.keys(body));
    },
  );

  it('refuses "online": null when creating a cohort (defect 5)', async () => {
    const course = await ctx.factory.course();
    await expectRefused(() =>
      write('post', '/api/v1/cohorts', {
        courseId: course.id,
        name: 'Null online',
        language: 'fr',
        timeZone: 'Europe/Paris',
        online: null,
      }),
    );
  });

  it('refuses JSON nested 10,000 levels deep (defect 6)', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const response = await expectRefused(() => postJson('/api/v1/territories', deep));
    expectProblem(response, 400, 'validation_failed');
  });

  it('refuses _start beyond what Postgres can offset, on every list route (defect 7)', async () => {
    const document = (await ctx.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    const lists = Object.entries(document.paths)
      .filter(([, item]) => item.get?.parameters?.some((p) => p.name === '_start'))
      .map(([path]) => path.replace('{cohortId}', cohortId));
    expect(lists).toContain('/api/v1/public/courses');
    for (const path of lists) {
      for (const start of ['1e20', '9223372036854775808']) {
        const response = await ctx
          .http()
          .get(`${path}?_start=${start}`)
          .set('Authorization', admin);
        expect({ path, start, status: response.status }).toEqual({ path, start, status: 400 });
      }
    }
  });

  it('refuses a CSV import cell of 100,000 characters, naming the line and column (defect 8)', async () => {
    const csv = [
      'territory_name,territory_country,territory_level,political_name,political_email,political_position,technical_name,technical_email,technical_position',
      `${'x'.repeat(100_000)},FR,municipality,Ana,ana@x.example,,Bob,bob@x.example,`,
    ].join('\r\n');
    const report = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohortId}/pairs/import?dryRun=true`)
      .set('Authorization', admin)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(report.body.errors).toEqual({
      'line 2: territory_name': ['must be at most 160 characters'],
    });
  });

  it('answers a 100 KB Authorization header with a 431 problem (defect 9)', async () => {
    const response = await ctx
      .http()
      .get('/api/v1/territories')
      .set('Authorization', `Bearer ${'x'.repeat(100_000)}`);
    expectProblem(response, 431, 'headers_too_large', 'request.headers_too_large');
  });

  it.each([
    [
      '__proto__',
      '{"__proto__":{"polluted":"yes"},"name":"Proto","country":"FR","level":"municipality"}',
    ],
    [
      'constructor',
      '{"constructor":{"prototype":{"polluted":"yes"}},"name":"Ctor","country":"FR","level":"municipality"}',
    ],
  ])('refuses a %s key like any unknown field (defect 12)', async (key, body) => {
    const response = await expectRefused(() => postJson('/api/v1/territories', body));
    expect(Object.keys(response.body.errors)).toEqual([key]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([['5'], [true]])(
    'refuses %j as a module position, which must be a number (defect 12)',
    async (position) => {
      const course = await ctx.factory.course();
      const response = await expectRefused(() =>
        write('post', '/api/v1/course-modules', {
          courseId: course.id,
          phase: 'free_software_culture',
          titleFr: 'Module',
          titleEn: 'Module',
          position,
        }),
      );
      expect(Object.keys(response.body.errors)).toEqual(['position']);
    },
  );

  it('still reads a multipart form’s position, which is text there, as a number', async () => {
    const course = await ctx.factory.course();
    const module = await createModule(ctx, admin, course.id);
    const response = await ctx
      .http()
      .post('/api/v1/course-resources/upload')
      .set('Authorization', admin)
      .field('moduleId', module.id)
      .field('title', 'Support')
      .field('language', 'fr')
      .field('position', '1')
      .attach('file', samples.pdf(), { filename: 'support.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(response.body.position).toBe(1);
  });

  it('refuses to enrol a deactivated participant (defect 12)', async () => {
    const { political, technical } = await ctx.factory.pairMembers();
    await write('patch', `/api/v1/users/${technical.id}`, { isActive: false }).then((r) =>
      expect(r.status).toBe(200),
    );
    const response = await expectRefused(
      () =>
        write('post', `/api/v1/cohorts/${cohortId}/pairs`, {
          politicalId: political.id,
          technicalId: technical.id,
        }),
      422,
    );
    expectProblem(response, 422, 'rule_violation', 'pair.inactive_member');
    expect(Object.keys(response.body.errors)).toEqual(['technicalId']);
  });

  it('declares the public application route without a bearer token (defect 12)', async () => {
    const document = (await ctx.http().get('/api/docs-json').expect(200)).body;
    expect(document.paths['/api/v1/cohorts/{cohortId}/applications'].post.security).toEqual([]);
  });

  it('serves the web app under a CSP that runs no inline script (defect 12)', async () => {
    const response = await ctx.http().get('/api/health');
    const directives = String(response.headers['content-security-policy']).split(';');
    expect(directives).toContain("script-src 'self'");
  });
});

describe('hardening: the waitlist and the login limit', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp({ env: { LOGIN_MAX_PER_EMAIL_PER_15_MINUTES: '3' } });
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });
  afterAll(() => ctx.close());

  it('moves the waitlist up when its head is promoted (defect 11)', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const pairs: { id: string; status: string }[] = [];
    for (let i = 0; i < 6; i++) pairs.push((await enrolPair(ctx, admin, cohort.id)).pair);
    expect(pairs.map((p) => p.status)).toEqual([
      'enrolled',
      'enrolled',
      'enrolled',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${pairs[0].id}/withdraw`)
      .set('Authorization', admin)
      .expect(200);
    await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${pairs[4].id}/withdraw`)
      .set('Authorization', admin)
      .expect(200);
    const list = await ctx
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin)
      .expect(200);
    const rank = (id: string) =>
      (list.body as { id: string; waitlistRank: number | null }[]).find((p) => p.id === id)
        ?.waitlistRank;
    expect([pairs[3], pairs[5]].map((p) => rank(p.id))).toEqual([null, 1]);
  });

  it('says in Retry-After how long the limit that blocked a login still holds (defect 12)', async () => {
    const login = () =>
      ctx
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@example.org', password: 'wrong password!' });
    for (let i = 0; i < 3; i++) expect((await login()).status).toBe(401);
    const blocked = await login();
    expectProblem(blocked, 429, 'too_many_requests', 'request.throttled');
    const seconds = Number(blocked.headers['retry-after']);
    // The per-email limit lasts fifteen minutes: a fixed "60" sent clients back too early.
    expect(seconds).toBeGreaterThan(60);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
  });
});
