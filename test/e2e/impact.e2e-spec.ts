import { DateTime } from 'luxon';
import { followUpDueAt } from '@apprenance/domain';
import { createTestApp, TestApp } from '../support/app';
import { endCohort, followUpBody, parisDayAgo } from '../support/impact';
import { expectProblem } from '../support/problem';
import { caller, civicTech, cohortWithPairs, TestCohort } from '../support/prototypes';

describe('impact: conviction, follow-ups, dashboard', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await caller(ctx, 'admin')).auth;
  });
  afterAll(() => ctx.close());

  const api = () => ctx.http();
  const scale = { collectiveIntelligence: 4, freeSoftware: 2, civicTech: 3 };
  const answer = (auth: string, cohortId: string, moment: string, body: object = scale) =>
    api().put(`/api/v1/conviction/${cohortId}/${moment}`).set('Authorization', auth).send(body);
  const record = (auth: string, pairId: string, milestone: number | string, body: object) =>
    api().put(`/api/v1/follow-ups/${pairId}/${milestone}`).set('Authorization', auth).send(body);

  describe('conviction before/after', () => {
    let cohort: TestCohort;
    beforeAll(async () => {
      const startsOn = DateTime.now().plus({ months: 2 }).toISODate() as string;
      cohort = await cohortWithPairs(ctx, 1, { startsOn });
    });

    it('takes one answer set per participant and moment, updated while open', async () => {
      const member = cohort.pairs[0].political;
      await answer(member.auth, cohort.id, 'before').expect(200);
      const changed = await answer(member.auth, cohort.id, 'before', {
        ...scale,
        civicTech: 5,
      }).expect(200);
      expect(changed.body).toMatchObject({
        moment: 'before',
        state: 'open',
        answers: { civicTech: 5 },
      });
      const rows = await ctx.dataSource.query(
        `SELECT civic_tech FROM conviction_answers WHERE participant_id = $1`,
        [member.id],
      );
      expect(rows).toEqual([{ civic_tech: 5 }]);
      const mine = await api()
        .get('/api/v1/conviction')
        .set('Authorization', member.auth)
        .expect(200);
      expect(mine.body.map((s: { moment: string; state: string }) => [s.moment, s.state])).toEqual([
        ['before', 'open'],
        ['after', 'not_open'],
      ]);
      // The other member's slot is theirs alone.
      const other = await api()
        .get('/api/v1/conviction')
        .set('Authorization', cohort.pairs[0].technical.auth)
        .expect(200);
      expect(other.body[0].answers).toBeNull();
    });

    it.each([
      // body, field named
      [{ ...scale, collectiveIntelligence: 6 }, 'collectiveIntelligence'],
      [{ ...scale, freeSoftware: 0 }, 'freeSoftware'],
      [{ ...scale, civicTech: 2.5 }, 'civicTech'],
      [{ collectiveIntelligence: 3, freeSoftware: 3 }, 'civicTech'],
    ])('refuses an answer outside the 1–5 scale: %o', async (body, field) => {
      const member = cohort.pairs[0].technical;
      const response = await answer(member.auth, cohort.id, 'before', body).expect(400);
      expect(response.body.errors[field]).toBeDefined();
      const rows = await ctx.dataSource.query(
        `SELECT 1 FROM conviction_answers WHERE participant_id = $1`,
        [member.id],
      );
      expect(rows).toEqual([]);
    });

    it('opens "after" on the last day and closes "before" once training started', async () => {
      const ended = await cohortWithPairs(ctx, 1);
      const member = ended.pairs[0].political;
      expectProblem(
        await answer(member.auth, ended.id, 'after'),
        422,
        'rule_violation',
        'conviction.not_open',
      );
      await endCohort(ctx, ended.id, parisDayAgo(0, 1));
      expectProblem(
        await answer(member.auth, ended.id, 'before'),
        422,
        'rule_violation',
        'conviction.closed',
      );
      await answer(member.auth, ended.id, 'after').expect(200);
      expectProblem(await answer(member.auth, ended.id, 'moment'), 400, 'validation_failed');
    });

    it('is answered only by members of the cohort', async () => {
      const outsider = await cohortWithPairs(ctx, 1);
      expectProblem(
        await answer(outsider.pairs[0].political.auth, cohort.id, 'before'),
        404,
        'not_found',
        'cohort.not_found',
      );
    });
  });

  describe('follow-ups', () => {
    let ended: TestCohort;
    let endsOn: string;
    beforeAll(async () => {
      // Ended 6 months and 10 days ago: 3 months overdue, 6 months due, 12 months upcoming.
      endsOn = parisDayAgo(6, 10);
      ended = await cohortWithPairs(ctx, 2);
      await endCohort(ctx, ended.id, endsOn);
    });

    const slots = async (auth: string, cohortId: string) =>
      (
        await api()
          .get(`/api/v1/follow-ups?cohortId=${cohortId}&_end=50`)
          .set('Authorization', auth)
          .expect(200)
      ).body as { pairId: string; milestone: number; state: string; dueAt: string }[];

    it('lists each pair at 3, 6 and 12 months, due from the end date in the cohort’s zone', async () => {
      // A cohort of its own: the other tests record follow-ups in `ended`, in any order.
      const fresh = await cohortWithPairs(ctx, 2);
      await endCohort(ctx, fresh.id, endsOn);
      const listed = await slots(fresh.trainer.auth, fresh.id);
      const [first] = fresh.pairs;
      expect(
        listed.filter((s) => s.pairId === first.id).map((s) => [s.milestone, s.state, s.dueAt]),
      ).toEqual([
        [3, 'overdue', followUpDueAt(endsOn, 'Europe/Paris', 3).toISOString()],
        [6, 'due', followUpDueAt(endsOn, 'Europe/Paris', 6).toISOString()],
        [12, 'upcoming', followUpDueAt(endsOn, 'Europe/Paris', 12).toISOString()],
      ]);
      expect(listed).toHaveLength(6);
      // A participant sees their own pair only; another trainer sees nothing of it.
      const own = await slots(first.technical.auth, fresh.id);
      expect(new Set(own.map((s) => s.pairId))).toEqual(new Set([first.id]));
      const stranger = await caller(ctx, 'trainer');
      expect(await slots(stranger.auth, fresh.id)).toEqual([]);
    });

    it('records a milestone once: recording it again updates it', async () => {
      const tool = await civicTech(ctx);
      const [pair] = ended.pairs;
      await record(pair.political.auth, pair.id, 3, followUpBody('in_progress')).expect(200);
      const updated = await record(pair.technical.auth, pair.id, 3, {
        ...followUpBody('adopted', true, [tool]),
        fundingAmount: 12000.5,
        fundingSource: 'FEDER',
        documentUrl: 'https://example.org/deliberation.pdf',
      }).expect(200);
      expect(updated.body).toMatchObject({
        status: 'adopted',
        fundingSecured: true,
        fundingAmount: 12000.5,
        civicTechIds: [tool],
        recordedBy: pair.technical.id,
      });
      const rows = await ctx.dataSource.query(
        `SELECT status FROM strategy_follow_ups WHERE pair_id = $1`,
        [pair.id],
      );
      expect(rows).toEqual([{ status: 'adopted' }]);
      const listed = await slots(pair.political.auth, ended.id);
      expect(listed.find((s) => s.milestone === 3)?.state).toBe('recorded');
    });

    it('lets a trainer of the cohort record on the pair’s behalf, nobody else', async () => {
      const [mine, theirs] = ended.pairs;
      const saved = await record(ended.trainer.auth, theirs.id, 6, followUpBody('unclear')).expect(
        200,
      );
      expect(saved.body.recordedBy).toBe(ended.trainer.id);
      const stranger = await caller(ctx, 'trainer');
      expectProblem(
        await record(stranger.auth, theirs.id, 6, followUpBody('adopted')),
        404,
        'not_found',
        'follow_up.pair_not_found',
      );
      expectProblem(
        await record(mine.political.auth, theirs.id, 6, followUpBody('adopted')),
        404,
        'not_found',
        'follow_up.pair_not_found',
      );
      const rows = await ctx.dataSource.query(
        `SELECT status FROM strategy_follow_ups WHERE pair_id = $1 AND milestone = 6`,
        [theirs.id],
      );
      expect(rows).toEqual([{ status: 'unclear' }]);
    });

    it.each([
      // what, milestone, body, status, reason or field
      ['a milestone not due yet', 12, followUpBody('adopted'), 422, 'follow_up.milestone_not_due'],
      ['no such milestone', 4, followUpBody('adopted'), 400, 'milestone'],
      ['an unknown status', 6, followUpBody('done'), 400, 'status'],
      [
        'a link that is not http',
        6,
        { ...followUpBody('adopted'), documentUrl: 'javascript:x' },
        400,
        'documentUrl',
      ],
      [
        'an amount without funding',
        6,
        { ...followUpBody('adopted', false), fundingAmount: 100 },
        422,
        'follow_up.funding_details_without_funding',
      ],
      [
        'a tool outside the catalogue',
        6,
        followUpBody('adopted', false, ['00000000-0000-4000-8000-000000000000']),
        422,
        'follow_up.unknown_civic_tech',
      ],
    ] as const)(
      'refuses %s, and writes nothing',
      async (_what, milestone, body, status, reason) => {
        const pair = ended.pairs[1];
        const before = await ctx.dataSource.query(
          `SELECT milestone, status FROM strategy_follow_ups WHERE pair_id = $1 ORDER BY milestone`,
          [pair.id],
        );
        const response = await record(pair.political.auth, pair.id, milestone, body);
        expect(response.status).toBe(status);
        if (status === 422) expect(response.body.reason).toBe(reason);
        else expect(response.body.errors[reason]).toBeDefined();
        const after = await ctx.dataSource.query(
          `SELECT milestone, status FROM strategy_follow_ups WHERE pair_id = $1 ORDER BY milestone`,
          [pair.id],
        );
        expect(after).toEqual(before);
      },
    );

    it('refuses a follow-up for a cohort that has not ended', async () => {
      const running = await cohortWithPairs(ctx, 1, {
        startsOn: DateTime.now().minus({ days: 1 }).toISODate() as string,
      });
      const [pair] = running.pairs;
      expectProblem(
        await record(pair.political.auth, pair.id, 3, followUpBody('adopted')),
        422,
        'rule_violation',
        'follow_up.cohort_not_ended',
      );
    });
  });

  describe('dashboard', () => {
    let course: string;
    let big: TestCohort;
    let small: TestCohort;
    let tools: string[];

    /**
     * Known answers. Course (short), cohort "big" of 4 pairs and cohort "small" of 2 pairs, both
     * ended 13 months ago.
     *   3 months: big adopted, adopted, in_progress, unclear (funding yes, yes, no, no) → 4 pairs
     *   6 months: small adopted, abandoned (funding yes, no) → 2 pairs, withheld in public
     * Tools: A tested by 3 pairs, deployed by 1; B tested by 1, deployed by 2.
     * Conviction (big): before 2, 2, 3, 3, 4, 4 (collective intelligence) → 3; after all 5 → 5.
     * Attendance (big, phase 1): 3 present of 4 recorded → 75 %.
     */
    beforeAll(async () => {
      const endsOn = parisDayAgo(13);
      big = await cohortWithPairs(ctx, 4);
      course = big.courseId;
      small = await cohortWithPairs(ctx, 2, { courseId: course });
      await endCohort(ctx, big.id, endsOn);
      await endCohort(ctx, small.id, endsOn);
      tools = [await civicTech(ctx), await civicTech(ctx)];
      const [a, b] = tools;
      const statuses: [string, boolean, string[]][] = [
        ['adopted', true, [a, b]],
        ['adopted', true, [b]],
        ['in_progress', false, []],
        ['unclear', false, []],
      ];
      for (const [i, [status, funded, deployed]] of statuses.entries()) {
        const pair = big.pairs[i];
        await record(
          pair.political.auth,
          pair.id,
          3,
          followUpBody(status, funded, deployed),
        ).expect(200);
      }
      await record(small.trainer.auth, small.pairs[0].id, 6, followUpBody('adopted', true)).expect(
        200,
      );
      await record(small.trainer.auth, small.pairs[1].id, 6, followUpBody('abandoned')).expect(200);
      const tested: [number, string][] = [
        [0, a],
        [1, a],
        [2, a],
        [3, b],
        [0, a],
      ];
      for (const [i, tool] of tested) {
        await ctx.dataSource.query(
          `INSERT INTO civic_tech_tests (cohort_id, pair_id, civic_tech_id, use_case, fit, would_use)
           VALUES ($1, $2, $3, 'Cartographie', 4, 'yes')`,
          [big.id, big.pairs[i].id, tool],
        );
      }
      const members = big.pairs.slice(0, 3).flatMap((p) => [p.political.id, p.technical.id]);
      for (const [i, member] of members.entries()) {
        await ctx.dataSource.query(
          `INSERT INTO conviction_answers (cohort_id, participant_id, moment, collective_intelligence, free_software, civic_tech)
           VALUES ($1, $2, 'before', $3, 2, 1), ($1, $2, 'after', 5, 4, 4)`,
          [big.id, member, [2, 2, 3, 3, 4, 4][i]],
        );
      }
      const [session] = await ctx.dataSource.query(
        `INSERT INTO cohort_sessions (cohort_id, phase, starts_at, ends_at, day_count)
         VALUES ($1, 'free_software_culture', now() - interval '400 days', now() - interval '400 days' + interval '3 hours', 1)
         RETURNING id`,
        [big.id],
      );
      for (const [i, member] of big.pairs
        .slice(0, 2)
        .flatMap((p) => [p.political.id, p.technical.id])
        .entries()) {
        await ctx.dataSource.query(
          `INSERT INTO attendance (session_id, participant_id, day_index, status) VALUES ($1, $2, 1, $3)`,
          [session.id, member, i === 3 ? 'absent' : 'present'],
        );
      }
    });

    const dashboard = async (auth: string, query = `?courseId=${course}`) =>
      (await api().get(`/api/v1/impact/dashboard${query}`).set('Authorization', auth).expect(200))
        .body;

    it('aggregates on data with known answers, beside the URBACT baseline', async () => {
      const body = await dashboard(admin);
      expect(body.baseline).toEqual({
        adopted: 21,
        inProgress: 27,
        aboutToBeAdopted: 18,
        unclear: 34,
        abandoned: null,
        fundingSecured: 48,
      });
      const shares = body.adoption.map((r: Record<string, unknown>) => [
        r.milestone,
        r.pairs,
        r.adopted,
        r.inProgress,
        r.aboutToBeAdopted,
        r.unclear,
        r.abandoned,
        r.fundingSecured,
      ]);
      expect(shares).toEqual([
        // months, pairs, adopted, in progress, about to, unclear, abandoned, funding secured
        [3, 4, 50, 25, 0, 25, 0, 50],
        [6, 2, 50, 0, 0, 0, 50, 50],
      ]);
      expect(
        body.civicTechs.map((t: Record<string, unknown>) => [t.civicTechId, t.tested, t.deployed]),
      ).toEqual([
        [tools[0], 3, 1],
        [tools[1], 1, 2],
      ]);
      expect(body.conviction).toEqual([
        expect.objectContaining({
          cohortId: big.id,
          respondentsBefore: 6,
          respondentsAfter: 6,
          collectiveIntelligenceBefore: 3,
          collectiveIntelligenceAfter: 5,
          freeSoftwareBefore: 2,
          freeSoftwareAfter: 4,
          civicTechBefore: 1,
          civicTechAfter: 4,
        }),
      ]);
      expect(body.attendance).toEqual([
        { phase: 'free_software_culture', present: 3, recorded: 4, rate: 75 },
      ]);
    });

    it('counts the certificates valid today per month of issue, in the cohort’s time zone', async () => {
      const [batch] = await ctx.dataSource.query(
        `INSERT INTO certificate_batches (cohort_id) VALUES ($1) RETURNING id`,
        [big.id],
      );
      // Paris time: 23:30 UTC on 30 April is 1 May; revoked and superseded ones do not count.
      const certificates: [string, string, string | null][] = [
        ['issued', '2026-04-10T09:00:00Z', null],
        ['issued', '2026-04-30T23:30:00Z', null],
        ['issued', '2026-05-12T09:00:00Z', null],
        ['revoked', '2026-05-13T09:00:00Z', 'name misspelt'],
        ['pending', '', null],
      ];
      for (const [i, [status, issuedAt, reason]] of certificates.entries()) {
        const member = [big.pairs[0], big.pairs[1], big.pairs[2]][i % 3];
        await ctx.dataSource.query(
          `INSERT INTO certificates (participant_id, cohort_id, batch_id, participant_name, status, code,
             status_index, storage_key, sha256, issued_at, revoked_at, revocation_reason)
           VALUES ($1, $2, $3, 'X', $4, $5, nextval('certificate_status_index_seq'), 'k', repeat('0', 64),
             NULLIF($6, '')::timestamptz, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END, $7)`,
          [
            i < 3 ? member.political.id : member.technical.id,
            big.id,
            batch.id,
            status,
            `IMPACT${i}${Date.now() % 100000}`,
            issuedAt,
            reason,
          ],
        );
      }
      expect((await dashboard(admin)).certificates).toEqual([
        { month: '2026-04', issued: 1 },
        { month: '2026-05', issued: 2 },
      ]);
      // Another course's dashboard does not count them.
      const other = await cohortWithPairs(ctx, 1);
      expect((await dashboard(admin, `?courseId=${other.courseId}`)).certificates).toEqual([]);
      const csv = await api()
        .get(`/api/v1/impact/dashboard/certificates.csv?courseId=${course}`)
        .set('Authorization', admin)
        .expect(200);
      expect(
        csv.text
          .replace(/^\ufeff/, '')
          .trim()
          .split('\r\n'),
      ).toEqual(['month,certificates_issued', '2026-04,1', '2026-05,2']);
    });

    it('shows trainers their own cohorts only', async () => {
      const body = await dashboard(small.trainer.auth);
      expect(body.adoption.map((r: { milestone: number }) => r.milestone)).toEqual([6]);
      expect(body.conviction).toEqual([]);
      const outsider = await caller(ctx, 'trainer');
      expect((await dashboard(outsider.auth)).adoption).toEqual([]);
    });

    it('exports each chart as CSV, with the baseline', async () => {
      const csv = await api()
        .get(`/api/v1/impact/dashboard/adoption.csv?courseId=${course}`)
        .set('Authorization', admin)
        .expect(200)
        .expect('Content-Type', /text\/csv/);
      const lines = csv.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines).toEqual([
        'course,format,milestone_months,pairs,adopted,inProgress,aboutToBeAdopted,unclear,abandoned,fundingSecured',
        'URBACT baseline (seed 004),,,190,21,27,18,34,,48',
        'Open urbanism,short,3,4,50,25,0,25,0,50',
        'Open urbanism,short,6,2,50,0,0,0,50,50',
      ]);
      expectProblem(
        await api().get('/api/v1/impact/dashboard/pairs.csv').set('Authorization', admin),
        400,
        'validation_failed',
      );
    });

    it('publishes an anonymised version per course: no names, no group under 3 pairs', async () => {
      expectProblem(
        await api().get(`/api/v1/public/impact/${course}`),
        404,
        'not_found',
        'impact.not_public',
      );
      await api()
        .put(`/api/v1/impact/publications/${course}`)
        .set('Authorization', admin)
        .send({ public: true })
        .expect(200);
      const listed = await api().get('/api/v1/public/impact').expect(200);
      expect(listed.body.map((c: { courseId: string }) => c.courseId)).toContain(course);
      const body = (await api().get(`/api/v1/public/impact/${course}`).expect(200)).body;
      expect(
        body.adoption.map((r: Record<string, unknown>) => [
          r.milestone,
          r.pairs,
          r.adopted,
          r.suppressed,
        ]),
      ).toEqual([
        [3, 4, 50, false],
        [6, null, null, true],
      ]);
      // Tool B was tested by a single pair and deployed by two: below 3 pairs either way.
      expect(body.civicTechs.map((t: { civicTechId: string }) => t.civicTechId)).toEqual([
        tools[0],
      ]);
      expect(body.conviction).toEqual([
        expect.objectContaining({ cohortId: null, respondentsBefore: 6 }),
      ]);
      // Attendance of 4 people (2 pairs) is withheld; so is a month of fewer than 6 certificates.
      expect(body.attendance).toEqual([]);
      expect(body.certificates).toEqual([]);
      const text = JSON.stringify(body);
      expect(text).not.toContain(big.name);
      for (const id of [big.id, small.id, ...big.pairs.map((p) => p.id)])
        expect(text).not.toContain(id);
      const publicCsv = await api().get(`/api/v1/public/impact/${course}/adoption.csv`).expect(200);
      expect(publicCsv.text).toContain('Open urbanism,short,6,,,,,,,');
      await api()
        .put(`/api/v1/impact/publications/${course}`)
        .set('Authorization', admin)
        .send({ public: false })
        .expect(200);
      expectProblem(
        await api().get(`/api/v1/public/impact/${course}`),
        404,
        'not_found',
        'impact.not_public',
      );
    });
  });
});
