import { createTestApp, TestApp } from '../support/app';

const HEADER =
  'territory_name,territory_country,territory_level,political_name,political_email,political_position,technical_name,technical_email,technical_position';

/** A file of `count` valid pairs, each of its own territory. */
function pairsFile(count: number, prefix: string): string {
  const lines = Array.from(
    { length: count },
    (_, i) =>
      `${prefix} ${i},FR,municipality,Élue ${i},elue-${prefix}-${i}@x.example,Maire,Agent ${i},agent-${prefix}-${i}@x.example,DGS`,
  );
  return [HEADER, ...lines].join('\r\n');
}

/**
 * The CSV dry run (issue 8, defect 10) reads the whole file's accounts, territories and
 * places in a fixed number of queries, whatever its length, and says what the import does.
 */
describe('pair import dry run', () => {
  let ctx: TestApp;
  let admin: string;
  let queries = 0;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    // Counts the statements of every transaction the api opens from here on.
    const open = ctx.dataSource.createQueryRunner.bind(ctx.dataSource);
    jest.spyOn(ctx.dataSource, 'createQueryRunner').mockImplementation((mode) => {
      const runner = open(mode);
      const query = runner.query.bind(runner);
      runner.query = ((...args: Parameters<typeof query>) => {
        queries++;
        return query(...args);
      }) as typeof runner.query;
      return runner;
    });
  });
  afterAll(() => ctx.close());

  const importFile = (cohortId: string, csv: string, dryRun: boolean) =>
    ctx
      .http()
      .post(`/api/v1/cohorts/${cohortId}/pairs/import?dryRun=${dryRun}`)
      .set('Authorization', admin)
      .set('Content-Type', 'text/csv')
      .send(csv);

  async function countedDryRun(cohortId: string, csv: string): Promise<number> {
    queries = 0;
    await importFile(cohortId, csv, true).expect(200);
    return queries;
  }

  it('runs as many queries for 2,000 lines as for 2', async () => {
    const cohort = await ctx.factory.cohort();
    const few = await countedDryRun(cohort.id, pairsFile(2, 'few'));
    const many = await countedDryRun(cohort.id, pairsFile(2_000, 'many'));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(10);
  });

  it('reports what the import then does, line for line', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const elsewhere = await ctx.factory.user({ kind: 'political' });
    const busy = await ctx.factory.pairMembers();
    await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: busy.political.id, technicalId: busy.technical.id })
      .expect(201);
    const valid = pairsFile(4, 'mixed').split('\r\n');
    const csv = [
      ...valid,
      `Autre,FR,municipality,Ana,${elsewhere.email},,Bob,bob@x.example,`,
      `Brest,FR,municipality,Cid,${busy.political.email},,Dan,dan@x.example,`,
    ].join('\r\n');
    const dry = (await importFile(cohort.id, csv, true).expect(200)).body;
    const real = await importFile(cohort.id, csv, false).expect(422);
    expect(dry.errors).toEqual(real.body.errors);
    expect(Object.keys(dry.errors).sort()).toEqual([
      'line 6: political_email',
      'line 6: technical_email',
      'line 7: political_email',
      'line 7: technical_email',
    ]);
    const clean = (await importFile(cohort.id, valid.join('\r\n'), true).expect(200)).body;
    const done = (await importFile(cohort.id, valid.join('\r\n'), false).expect(200)).body;
    expect({ ...clean, dryRun: false }).toEqual(done);
    expect(done).toMatchObject({ pairs: 4, enrolled: 2, waitlisted: 2 });
  });
});
