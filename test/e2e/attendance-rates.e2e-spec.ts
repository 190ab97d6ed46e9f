import { createTestApp, TestApp } from '../support/app';

/** Attendance rates, counted by the database in one aggregate per cohort. */
describe('attendance rates', () => {
  let ctx: TestApp;
  let admin: string;
  let cohortId: string;
  let p: string;
  let q: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    cohortId = (await ctx.factory.cohort({ format: 'deep', startsOn: '2027-01-04' })).id;
    [p, q] = (await ctx.factory.placedPair(cohortId)).members;
    // Another cohort's attendance of the same kind must not count here.
    const other = (await ctx.factory.cohort({ format: 'deep', startsOn: '2027-01-04' })).id;
    const [o] = (await ctx.factory.placedPair(other)).members;
    await ctx.factory.attendance(other, 0, [[o, 1, 'present']]);
    await ctx.factory.attendance(cohortId, 0, [
      [p, 1, 'present'],
      [p, 2, 'absent'],
    ]);
    await ctx.factory.attendance(cohortId, 1, [
      [p, 1, 'present'],
      [q, 1, 'excused'],
    ]);
  });
  afterAll(() => ctx.close());

  async function rates(token: string) {
    return (
      await ctx
        .http()
        .get(`/api/v1/cohorts/${cohortId}/attendance-rates`)
        .set('Authorization', token)
        .expect(200)
    ).body as { participantId: string; phases: { phase: string }[] }[];
  }

  // Counted by hand: only one's own records, in their phase; a deep cohort's phases have 3 days.
  it.each([
    ['p', 'free_software_culture', { days: 3, present: 1, absent: 1, excused: 0, rate: 0.333 }],
    ['p', 'civic_tech_testing', { days: 3, present: 1, absent: 0, excused: 0, rate: 0.333 }],
    ['p', 'strategic_application', { days: 3, present: 0, absent: 0, excused: 0, rate: 0 }],
    ['q', 'free_software_culture', { days: 3, present: 0, absent: 0, excused: 0, rate: 0 }],
    ['q', 'civic_tech_testing', { days: 3, present: 0, absent: 0, excused: 1, rate: 0 }],
  ])('gives %s in %s', async (who, phase, expected) => {
    const id = who === 'p' ? p : q;
    const mine = (await rates(admin)).find((r) => r.participantId === id);
    expect(mine?.phases.find((r) => r.phase === phase)).toEqual({ phase, ...expected });
  });

  it('lists the enrolled participants in enrolment order, each with the three phases in order', async () => {
    const all = await rates(admin);
    expect(all.map((r) => r.participantId)).toEqual([p, q]);
    expect(all[1].phases.map((r) => r.phase)).toEqual([
      'free_software_culture',
      'civic_tech_testing',
      'strategic_application',
    ]);
  });

  it('shows a participant their own rates only', async () => {
    const own = await rates(`Bearer ${await ctx.tokenFor({ id: q, role: 'participant' })}`);
    expect(own.map((r) => r.participantId)).toEqual([q]);
  });
});
