import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';
import { caller, civicTech, cohortWithPairs, TestPair } from '../support/prototypes';

describe('civic-tech test logs', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const log = (
    pair: TestPair,
    cohortId: string,
    civicTechId: string,
    fit: number,
    wouldUse: string,
  ) =>
    ctx.http().post('/api/v1/test-logs').set('Authorization', pair.political.auth).send({
      cohortId,
      civicTechId,
      useCase: 'Carte des bancs',
      fit,
      wouldUse,
      strengths: 'Simple',
    });

  it('aggregates per tool for a cohort and across cohorts, on data with known answers', async () => {
    const [umap, decidim] = [await civicTech(ctx), await civicTech(ctx)];
    const one = await cohortWithPairs(ctx, 3);
    const two = await cohortWithPairs(ctx, 1);
    const [p1, p2, p3] = one.pairs;
    // Cohort one: uMap tested by p1 twice (fit 5, 3) and p2 once (fit 1); Decidim by p3 (fit 4).
    await log(p1, one.id, umap, 5, 'yes').expect(201);
    await log(p1, one.id, umap, 3, 'maybe').expect(201);
    await log(p2, one.id, umap, 1, 'no').expect(201);
    await log(p3, one.id, decidim, 4, 'yes').expect(201);
    // Cohort two: uMap by its only pair (fit 2).
    await log(two.pairs[0], two.id, umap, 2, 'yes').expect(201);

    const ofCohort = await ctx
      .http()
      .get(`/api/v1/test-logs/aggregate?cohortId=${one.id}`)
      .set('Authorization', p3.technical.auth)
      .expect(200);
    expect(ofCohort.body).toEqual([
      { id: umap, pairs: 2, tests: 3, meanFit: 3, wouldUse: { yes: 1, no: 1, maybe: 1 } },
      { id: decidim, pairs: 1, tests: 1, meanFit: 4, wouldUse: { yes: 1, no: 0, maybe: 0 } },
    ]);
    const ofTool = await ctx
      .http()
      .get(`/api/v1/test-logs/aggregate?civicTechId=${umap}`)
      .set('Authorization', two.trainer.auth)
      .expect(200);
    expect(ofTool.body).toEqual([
      { id: umap, pairs: 3, tests: 4, meanFit: 2.75, wouldUse: { yes: 2, no: 1, maybe: 1 } },
    ]);
    // Another cohort's aggregate is not visible to its outsiders.
    expectProblem(
      await ctx
        .http()
        .get(`/api/v1/test-logs/aggregate?cohortId=${one.id}`)
        .set('Authorization', two.pairs[0].political.auth),
      404,
      'not_found',
    );
  });

  it('keeps each pair’s logs to the pair, its trainers and admins', async () => {
    const tool = await civicTech(ctx);
    const cohort = await cohortWithPairs(ctx, 2);
    const other = await cohortWithPairs(ctx, 1);
    const admin = await caller(ctx, 'admin');
    const [mine, peer] = cohort.pairs;
    const created = await log(mine, cohort.id, tool, 4, 'maybe').expect(201);
    expect(created.body).toMatchObject({ pairId: mine.id, fit: 4, authorId: mine.political.id });
    const url = `/api/v1/test-logs/${created.body.id}`;
    await ctx.http().get(url).set('Authorization', mine.technical.auth).expect(200);
    await ctx.http().get(url).set('Authorization', cohort.trainer.auth).expect(200);
    await ctx.http().get(url).set('Authorization', admin.auth).expect(200);
    for (const outsider of [peer.political, other.pairs[0].political, other.trainer]) {
      expectProblem(
        await ctx.http().get(url).set('Authorization', outsider.auth),
        404,
        'not_found',
      );
    }
    expectProblem(
      await ctx.http().patch(url).set('Authorization', peer.political.auth).send({ fit: 1 }),
      404,
      'not_found',
    );
    const edited = await ctx
      .http()
      .patch(url)
      .set('Authorization', mine.technical.auth)
      .send({ fit: 2, limits: 'Pas de mode hors ligne' })
      .expect(200);
    expect(edited.body).toMatchObject({
      fit: 2,
      limits: 'Pas de mode hors ligne',
      wouldUse: 'maybe',
    });

    const list = (auth: string) =>
      ctx.http().get(`/api/v1/test-logs?cohortId=${cohort.id}`).set('Authorization', auth);
    expect((await list(mine.political.auth)).body).toHaveLength(1);
    expect((await list(peer.political.auth)).body).toHaveLength(0);
    expect((await list(other.trainer.auth)).body).toHaveLength(0);
    expect((await list(cohort.trainer.auth)).headers['content-range']).toMatch(/\/1$/);
  });

  it('refuses a log outside one’s pair, an unknown tool and a fit outside 1–5, writing nothing', async () => {
    const tool = await civicTech(ctx);
    const cohort = await cohortWithPairs(ctx, 1);
    const other = await cohortWithPairs(ctx, 1);
    const pair = cohort.pairs[0];
    expectProblem(await log(pair, other.id, tool, 3, 'yes'), 404, 'not_found');
    expectProblem(
      await ctx
        .http()
        .post('/api/v1/test-logs')
        .set('Authorization', cohort.trainer.auth)
        .send({ cohortId: cohort.id, civicTechId: tool, useCase: 'x', fit: 3, wouldUse: 'yes' }),
      403,
      'forbidden',
    );
    expectProblem(
      await log(pair, cohort.id, '00000000-0000-4000-8000-000000000000', 3, 'yes'),
      422,
      'invalid_reference',
      'test_log.unknown_civic_tech',
    );
    const bad = await log(pair, cohort.id, tool, 6, 'perhaps');
    expectProblem(bad, 400, 'validation_failed');
    expect(Object.keys(bad.body.errors).sort()).toEqual(['fit', 'wouldUse']);
    const [row] = await ctx.dataSource.query(
      `SELECT count(*)::int n FROM civic_tech_tests WHERE cohort_id = $1`,
      [cohort.id],
    );
    expect(row.n).toBe(0);
  });
});
