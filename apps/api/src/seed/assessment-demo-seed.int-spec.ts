import { EligibilityService } from '../assessment/eligibility.service';
import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { DEMO_ENDED_COHORT } from './demo-data';
import { DemoSeed } from './demo-seed';
import { SeedModule } from './seed.module';

/** What `npm start` shows of assessment: an ended cohort with every eligibility reason. */
describe('demo data of the ended cohort', () => {
  let ctx: ServiceContext;

  beforeAll(async () => {
    ctx = await createServiceContext([SeedModule]);
    await ctx.module.get(DemoSeed).run();
    // The whole demo, through the services (argon2id hashes included), on two shared cores.
  }, 180_000);
  afterAll(() => ctx.close());

  it('has ended, in the past, completed', async () => {
    const [cohort] = await ctx.dataSource.query(
      `SELECT status::text, ends_on < current_date AS ended FROM cohorts WHERE name = $1`,
      [DEMO_ENDED_COHORT.name],
    );
    expect(cohort).toEqual({ status: 'completed', ended: true });
  });

  it('has eligible participants and others not eligible for each reason', async () => {
    const [{ id }] = await ctx.dataSource.query(`SELECT id FROM cohorts WHERE name = $1`, [
      DEMO_ENDED_COHORT.name,
    ]);
    const rows = await ctx.module.get(EligibilityService).forCohort(id);
    const summary = Object.fromEntries(
      rows.map((row) => [
        row.displayName,
        row.reasons.map((r) => ('phase' in r ? `${r.code}:${r.phase}` : r.code)),
      ]),
    );
    expect(summary).toEqual({
      'Nolwenn Le Gall': [],
      'Erwan Morvan': [],
      'Julien Moreau': ['attendance_below_minimum:civic_tech_testing'],
      'Camille Durand': ['phase_not_acquired:strategic_application'],
      'Amélie Lambert': ['prototype_not_accepted'],
      'Thomas Renard': ['prototype_not_accepted'],
      'Paul Meyer': ['prototype_not_accepted'],
      'Élise Schmitt': [
        'attendance_below_minimum:free_software_culture',
        'prototype_not_accepted',
        'phase_not_acquired:civic_tech_testing',
      ],
    });
  });

  it('gives every phase of the demo courses an assessment rubric in French and English', async () => {
    const rows = await ctx.dataSource.query(
      `SELECT count(DISTINCT (course_id, phase))::int AS phases FROM assessment_criteria`,
    );
    expect(rows).toEqual([{ phases: 6 }]);
  });
});
