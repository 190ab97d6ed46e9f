import { randomUUID } from 'node:crypto';
import type { Role } from '@apprenance/db';
import { EXPECTED_ACCESS } from '../support/access-policy';
import { createTestApp, TestApp } from '../support/app';
import { listRoutes, RouteRule } from '../support/routes';

/** The ids of one cohort and of a pair and a session in it. */
interface CohortIds {
  cohortId: string;
  pairId: string;
  sessionId: string;
  participantId: string;
}

/** Valid bodies where one is required, so that validation does not answer before access. */
const BODIES: Record<
  string,
  (ids: CohortIds, spare: { political: string; technical: string }) => object
> = {
  'POST /cohorts/:id/status': () => ({ status: 'cancelled' }),
  'POST /cohorts/:cohortId/pairs': (_, spare) => ({
    politicalId: spare.political,
    technicalId: spare.technical,
  }),
  'PUT /cohorts/:cohortId/sessions/:sessionId/attendance': (ids) => ({
    entries: [{ participantId: ids.participantId, dayIndex: 1, status: 'present' }],
  }),
  'PUT /cohorts/:cohortId/assessments': (ids) => ({
    participantId: ids.participantId,
    phase: 'free_software_culture',
    status: 'acquired',
  }),
};

/** Valid query strings where one is required, for the same reason. */
const QUERIES: Record<string, string> = {
  'GET /cohorts/:cohortId/candidates': '?kind=political',
};

describe('object-level access: another cohort’s ids', () => {
  let ctx: TestApp;
  let cohortRoutes: RouteRule[];
  let other: CohortIds;
  const tokens = {} as Record<'participant' | 'trainer', string>;
  let admin: string;
  let spare: { political: string; technical: string };

  /** A cohort with a trainer, an enrolled pair and its generated sessions. */
  async function cohortWith(trainerId: string) {
    const cohort = await ctx.factory.cohort({ trainerIds: [trainerId], startsOn: '2026-03-27' });
    const members = await ctx.factory.pairMembers();
    const pair = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: members.political.id, technicalId: members.technical.id })
      .expect(201);
    const [session] = await ctx.dataSource.query(
      `SELECT id FROM cohort_sessions WHERE cohort_id = $1 LIMIT 1`,
      [cohort.id],
    );
    return {
      ids: {
        cohortId: cohort.id,
        pairId: pair.body.id,
        sessionId: session.id,
        participantId: members.political.id,
      },
      members,
    };
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    const trainer = await ctx.factory.user({ role: 'trainer' });
    const stranger = await ctx.factory.user({ role: 'trainer' });
    const own = await cohortWith(trainer.id);
    other = (await cohortWith(stranger.id)).ids;
    const members = await ctx.factory.pairMembers();
    spare = { political: members.political.id, technical: members.technical.id };
    tokens.trainer = await ctx.tokenFor(trainer);
    tokens.participant = await ctx.tokenFor(own.members.political);
    cohortRoutes = listRoutes(ctx.app).filter((r) => /^\/cohorts\/:(id|cohortId)\b/.test(r.path));
  });
  afterAll(() => ctx.close());

  it('walks every cohort route', () => {
    expect(cohortRoutes.length).toBeGreaterThan(15);
  });

  it.each(['participant', 'trainer'] as const)(
    'answers 404 to a %s on every route of a cohort not theirs',
    async (role: Extract<Role, 'participant' | 'trainer'>) => {
      const seen: { route: string; status: number }[] = [];
      for (const route of cohortRoutes.filter((r) => {
        const expected = EXPECTED_ACCESS[`${r.method} ${r.path}`];
        return expected !== 'public' && expected?.includes(role);
      })) {
        const path = route.path.replace(
          /:(\w+)/g,
          (_, name: string) => other[(name === 'id' ? 'cohortId' : name) as keyof CohortIds],
        );
        const key = `${route.method} ${route.path}`;
        const response = await ctx
          .http()
          [route.method.toLowerCase() as 'get'](`/api/v1${path}${QUERIES[key] ?? ''}`)
          .set('Authorization', `Bearer ${tokens[role]}`)
          .send(BODIES[key]?.(other, spare));
        seen.push({ route: key, status: response.status });
      }
      expect(seen.filter((s) => s.status !== 404)).toEqual([]);
    },
  );

  // Those reads check the cohort in the statement that reads it: nothing found must not pass
  // for an empty roster.
  it.each(['pairs', 'attendance', 'attendance-rates'])(
    'answers 404, not an empty list, to an admin reading %s of a cohort that does not exist',
    async (suffix) => {
      await ctx
        .http()
        .get(`/api/v1/cohorts/${randomUUID()}/${suffix}`)
        .set('Authorization', admin)
        .expect(404);
    },
  );
});
