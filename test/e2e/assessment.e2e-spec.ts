import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';
import { caller, Caller, cohortWithPairs, TestCohort } from '../support/prototypes';
import { Standing } from '../support/standing';

describe('trainer assessment and eligibility', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const record = (cohortId: string, who: Caller, body: object) =>
    ctx
      .http()
      .put(`/api/v1/cohorts/${cohortId}/assessments`)
      .set('Authorization', who.auth)
      .send(body);
  const read = (path: string, who: Caller) =>
    ctx.http().get(`/api/v1${path}`).set('Authorization', who.auth);

  /** Rows of assessments and of their audit entries in the cohort: what a refusal must not change. */
  const footprint = async (cohortId: string) => {
    const [row] = await ctx.dataSource.query(
      `SELECT (SELECT count(*)::int FROM assessments WHERE cohort_id = $1) AS assessments,
              (SELECT count(*)::int FROM audit_log WHERE action = 'assessment.record'
                 AND changes->>'cohortId' = $1::text) AS audits`,
      [cohortId],
    );
    return row;
  };

  it('upserts one status per participant and phase, auditing old → new', async () => {
    const cohort = await cohortWithPairs(ctx, 1);
    const participant = cohort.pairs[0].political.id;
    const body = { participantId: participant, phase: 'civic_tech_testing' };
    const first = await record(cohort.id, cohort.trainer, {
      ...body,
      status: 'not_yet',
      comment: '  Pas encore testé seul.  ',
    }).expect(200);
    expect(first.body).toMatchObject({
      ...body,
      cohortId: cohort.id,
      status: 'not_yet',
      comment: 'Pas encore testé seul.',
      assessedBy: cohort.trainer.id,
    });
    const again = await record(cohort.id, cohort.trainer, { ...body, status: 'acquired' }).expect(
      200,
    );
    expect(again.body).toMatchObject({ id: first.body.id, status: 'acquired', comment: '' });
    expect(await footprint(cohort.id)).toEqual({ assessments: 1, audits: 2 });
    const audits = await ctx.dataSource.query(
      `SELECT actor_id, entity_id, changes FROM audit_log
        WHERE action = 'assessment.record' AND entity_id = $1 ORDER BY id`,
      [first.body.id],
    );
    expect(audits.map((a: { changes: object }) => a.changes)).toEqual([
      {
        ...body,
        cohortId: cohort.id,
        status: [null, 'not_yet'],
        comment: [null, 'Pas encore testé seul.'],
      },
      {
        ...body,
        cohortId: cohort.id,
        status: ['not_yet', 'acquired'],
        comment: ['Pas encore testé seul.', ''],
      },
    ]);
    expect(audits.every((a: { actor_id: string }) => a.actor_id === cohort.trainer.id)).toBe(true);
  });

  describe('refusals change nothing', () => {
    let cohort: TestCohort;
    let outsider: TestCohort;

    beforeAll(async () => {
      cohort = await cohortWithPairs(ctx, 1);
      outsider = await cohortWithPairs(ctx, 1);
    });

    // who, body, expected status, code, reason (or the field named in `errors`)
    const cases: [
      string,
      (c: TestCohort, o: TestCohort) => [Caller, object],
      number,
      string,
      string,
    ][] = [
      [
        'a participant assessing themselves',
        (c) => [
          c.pairs[0].political,
          {
            participantId: c.pairs[0].political.id,
            phase: 'free_software_culture',
            status: 'acquired',
          },
        ],
        403,
        'forbidden',
        'auth.role_forbidden',
      ],
      [
        'a trainer outside their cohorts',
        (c, o) => [
          o.trainer,
          {
            participantId: c.pairs[0].political.id,
            phase: 'free_software_culture',
            status: 'acquired',
          },
        ],
        404,
        'not_found',
        'cohort.not_found',
      ],
      [
        'a participant not enrolled in the cohort',
        (_c, o) => [
          cohort.trainer,
          {
            participantId: o.pairs[0].political.id,
            phase: 'free_software_culture',
            status: 'acquired',
          },
        ],
        422,
        'rule_violation',
        'assessment.participant_not_enrolled',
      ],
      [
        'a status outside acquired | not_yet',
        (c) => [
          c.trainer,
          {
            participantId: c.pairs[0].political.id,
            phase: 'free_software_culture',
            status: 'maybe',
          },
        ],
        400,
        'validation_failed',
        'status',
      ],
      [
        'an unknown phase',
        (c) => [
          c.trainer,
          { participantId: c.pairs[0].political.id, phase: 'phase_4', status: 'acquired' },
        ],
        400,
        'validation_failed',
        'phase',
      ],
      [
        'a comment too long',
        (c) => [
          c.trainer,
          {
            participantId: c.pairs[0].political.id,
            phase: 'free_software_culture',
            status: 'acquired',
            comment: 'x'.repeat(2001),
          },
        ],
        400,
        'validation_failed',
        'comment',
      ],
    ];

    it.each(cases)('refuses %s', async (_case, build, status, code, reasonOrField) => {
      const [who, body] = build(cohort, outsider);
      const response = await record(cohort.id, who, body);
      if (code === 'validation_failed') {
        expectProblem(response, status, code);
        expect(Object.keys(response.body.errors)).toEqual([reasonOrField]);
      } else {
        expectProblem(response, status, code, reasonOrField);
      }
      expect(await footprint(cohort.id)).toEqual({ assessments: 0, audits: 0 });
    });
  });

  it('shows a participant only their own assessments and eligibility row', async () => {
    const cohort = await cohortWithPairs(ctx, 2);
    const [mine, peer] = cohort.pairs;
    for (const member of [mine.political, peer.technical]) {
      await record(cohort.id, cohort.trainer, {
        participantId: member.id,
        phase: 'strategic_application',
        status: 'acquired',
      }).expect(200);
    }
    const own = await read(`/cohorts/${cohort.id}/assessments`, mine.political).expect(200);
    expect(own.body.map((a: { participantId: string }) => a.participantId)).toEqual([
      mine.political.id,
    ]);
    const all = await read(`/cohorts/${cohort.id}/assessments`, cohort.trainer).expect(200);
    expect(all.body).toHaveLength(2);

    const eligibility = await read(`/cohorts/${cohort.id}/eligibility`, mine.technical).expect(200);
    expect(eligibility.body.map((e: { participantId: string }) => e.participantId)).toEqual([
      mine.technical.id,
    ]);
    const staff = await read(`/cohorts/${cohort.id}/eligibility`, cohort.trainer).expect(200);
    expect(staff.body.map((e: { participantId: string }) => e.participantId)).toEqual([
      mine.political.id,
      mine.technical.id,
      peer.political.id,
      peer.technical.id,
    ]);

    const stranger = (await cohortWithPairs(ctx, 1)).pairs[0].political;
    for (const path of ['assessments', 'eligibility']) {
      expectProblem(
        await read(`/cohorts/${cohort.id}/${path}`, stranger),
        404,
        'not_found',
        'cohort.not_found',
      );
    }
  });

  it('turns eligible once attendance, prototype and every phase are there', async () => {
    const cohort = await cohortWithPairs(ctx, 1);
    const standing = new Standing(ctx.dataSource);
    const sessions = await standing.sessions(cohort.id, [1, 1, 1]);
    const [member] = [cohort.pairs[0].political];
    for (const id of sessions.values()) await standing.attend(id, member.id, ['present']);
    await standing.prototype(cohort.id, cohort.pairs[0].id, 'accepted');
    const eligibility = async () =>
      (await read(`/cohorts/${cohort.id}/eligibility`, member).expect(200)).body[0];
    expect((await eligibility()).reasons).toEqual([
      { code: 'phase_not_acquired', phase: 'free_software_culture', status: null },
      { code: 'phase_not_acquired', phase: 'civic_tech_testing', status: null },
      { code: 'phase_not_acquired', phase: 'strategic_application', status: null },
    ]);
    for (const phase of ['free_software_culture', 'civic_tech_testing', 'strategic_application']) {
      await record(cohort.id, cohort.trainer, {
        participantId: member.id,
        phase,
        status: 'acquired',
      }).expect(200);
    }
    expect(await eligibility()).toMatchObject({
      participantId: member.id,
      eligible: true,
      reasons: [],
    });
  });

  describe('the rubric of a course and phase', () => {
    const url = (courseId: string) => `/api/v1/courses/${courseId}/assessment-criteria`;
    const replace = (courseId: string, who: Caller, body: object) =>
      ctx.http().put(url(courseId)).set('Authorization', who.auth).send(body);
    const labels = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        labelFr: `Critère ${i + 1}`,
        labelEn: `Criterion ${i + 1}`,
      }));

    it('is written by the course trainers and admins, phase by phase, and read by its participants', async () => {
      const cohort = await cohortWithPairs(ctx, 1);
      const courseTrainer = await caller(ctx, 'trainer');
      await ctx.dataSource.query(
        `INSERT INTO course_trainers (course_id, trainer_id) VALUES ($1, $2)`,
        [cohort.courseId, courseTrainer.id],
      );
      const admin = await caller(ctx, 'admin');
      await replace(cohort.courseId, courseTrainer, {
        phase: 'civic_tech_testing',
        criteria: labels(2),
      }).expect(200);
      const after = await replace(cohort.courseId, admin, {
        phase: 'free_software_culture',
        criteria: labels(1),
      }).expect(200);
      expect(
        after.body.map((c: { phase: string; position: number }) => [c.phase, c.position]),
      ).toEqual([
        ['free_software_culture', 1],
        ['civic_tech_testing', 1],
        ['civic_tech_testing', 2],
      ]);
      // Replacing one phase leaves the others.
      await replace(cohort.courseId, admin, { phase: 'civic_tech_testing', criteria: [] }).expect(
        200,
      );
      const read = await ctx
        .http()
        .get(url(cohort.courseId))
        .set('Authorization', cohort.pairs[0].political.auth)
        .expect(200);
      expect(read.body).toEqual([
        {
          id: expect.any(String),
          phase: 'free_software_culture',
          position: 1,
          labelFr: 'Critère 1',
          labelEn: 'Criterion 1',
        },
      ]);
      const [audit] = await ctx.dataSource.query(
        `SELECT changes FROM audit_log WHERE action = 'course.assessment_criteria' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [cohort.courseId],
      );
      expect(audit.changes).toEqual({ phase: 'civic_tech_testing', from: labels(2), to: [] });

      // A trainer not assigned to the course may not; bad input names its field.
      expectProblem(
        await replace(cohort.courseId, cohort.trainer, {
          phase: 'civic_tech_testing',
          criteria: labels(1),
        }),
        403,
        'forbidden',
        'course.not_assigned',
      );
      const bad = await replace(cohort.courseId, admin, {
        phase: 'nope',
        criteria: [{ labelFr: '', labelEn: 'x' }],
      });
      expectProblem(bad, 400, 'validation_failed');
      expect(Object.keys(bad.body.errors).sort()).toEqual(['criteria.0.labelFr', 'phase']);
    });
  });
});
