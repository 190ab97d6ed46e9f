import { createTestApp, TestApp } from '../support/app';

describe('the participants who may still join a pair of a cohort', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });
  afterAll(() => ctx.close());

  const enrol = async (cohortId: string) => {
    const members = await ctx.factory.pairMembers();
    const response = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohortId}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: members.political.id, technicalId: members.technical.id });
    expect(response.status).toBe(201);
    return members;
  };

  const candidates = (cohortId: string, auth: string, query: string) =>
    ctx.http().get(`/api/v1/cohorts/${cohortId}/candidates?${query}`).set('Authorization', auth);

  it('leaves out people already holding a place, and keeps to one kind and territory', async () => {
    const cohort = await ctx.factory.cohort();
    const other = await ctx.factory.cohort();
    const inThisCohort = await enrol(cohort.id);
    const inAnotherCohort = await enrol(other.id);
    const free = await ctx.factory.pairMembers();
    const inactive = await ctx.factory.user({ kind: 'political', isActive: false });

    const political = await candidates(cohort.id, admin, 'kind=political');
    expect(political.status).toBe(200);
    const ids = (political.body as { id: string }[]).map((c) => c.id);
    const expected: [string, string, boolean][] = [
      ['enrolled in this cohort', inThisCohort.political.id, false],
      ['enrolled in another unfinished cohort', inAnotherCohort.political.id, false],
      ['inactive', inactive.id, false],
      ['free, of the other kind', free.technical.id, false],
      ['free', free.political.id, true],
    ];
    expect(expected.map(([who, id]) => [who, ids.includes(id)])).toEqual(
      expected.map(([who, , listed]) => [who, listed]),
    );

    const sameTerritory = await candidates(
      cohort.id,
      admin,
      `kind=technical&territoryId=${free.political.territoryId}`,
    );
    expect(sameTerritory.body).toEqual([
      expect.objectContaining({ id: free.technical.id, kind: 'technical' }),
    ]);
  });

  it.each([
    // who asks, status
    ['the cohort’s trainer', 200],
    ['another trainer', 404], // the cohort's existence does not leak
    ['a participant', 403],
  ])('answers %s with %i', async (who, status) => {
    const trainer = await ctx.factory.user({ role: 'trainer' });
    const cohort = await ctx.factory.cohort({ trainerIds: [trainer.id] });
    const caller = {
      'the cohort’s trainer': trainer,
      'another trainer': await ctx.factory.user({ role: 'trainer' }),
      'a participant': await ctx.factory.user({ kind: 'political' }),
    }[who]!;
    const response = await candidates(
      cohort.id,
      `Bearer ${await ctx.tokenFor(caller)}`,
      'kind=political',
    );
    expect(response.status).toBe(status);
  });

  it('refuses a missing kind', async () => {
    const cohort = await ctx.factory.cohort();
    expect((await candidates(cohort.id, admin, '')).status).toBe(400);
  });
});
