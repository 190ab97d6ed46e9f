import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';
import {
  caller,
  civicTech,
  cohortWithPairs,
  moveTo,
  submittedPrototype,
  TestCohort,
} from '../support/prototypes';

describe('peer review', () => {
  let ctx: TestApp;
  let tool: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    tool = await civicTech(ctx);
  });
  afterAll(() => ctx.close());

  /** A cohort whose pairs have all submitted, with a two-criterion rubric on its course. */
  async function submittedCohort(pairCount: number) {
    const cohort = await cohortWithPairs(ctx, pairCount);
    const admin = await caller(ctx, 'admin');
    const rubric = await ctx
      .http()
      .put(`/api/v1/courses/${cohort.courseId}/review-criteria`)
      .set('Authorization', admin.auth)
      .send({
        criteria: [
          { labelFr: 'Clarté du problème', labelEn: 'Clarity of the problem' },
          { labelFr: 'Faisabilité', labelEn: 'Feasibility' },
        ],
      })
      .expect(200);
    const prototypes = [];
    for (const pair of cohort.pairs) prototypes.push(await submittedPrototype(ctx, pair, tool));
    return { cohort, prototypes, criteria: rubric.body as { id: string }[] };
  }

  const allocate = (cohort: TestCohort, body: object = {}) =>
    ctx
      .http()
      .post('/api/v1/peer-reviews/allocate')
      .set('Authorization', cohort.trainer.auth)
      .send({ cohortId: cohort.id, ...body });

  describe('balanced allocation', () => {
    // pairs, reviews asked, reviews each pair gives and receives
    const CASES: [number, number | undefined, number][] = [
      [3, undefined, 2],
      [4, undefined, 2],
      [5, undefined, 2],
      [3, 4, 2],
      [5, 3, 3],
    ];

    it.each(CASES)(
      '%i pairs asking %s: each gives and receives exactly %i, never itself',
      async (count, asked, n) => {
        const { cohort } = await submittedCohort(count);
        const response = await allocate(cohort, asked ? { reviewsPerPair: asked } : {});
        expect(response.status).toBe(201);
        const rows: { reviewer_pair_id: string; author_pair_id: string }[] =
          await ctx.dataSource.query(
            `SELECT reviewer_pair_id, author_pair_id FROM peer_reviews WHERE cohort_id = $1`,
            [cohort.id],
          );
        expect(rows).toHaveLength(count * n);
        for (const pair of cohort.pairs) {
          expect(rows.filter((r) => r.reviewer_pair_id === pair.id)).toHaveLength(n);
          expect(rows.filter((r) => r.author_pair_id === pair.id)).toHaveLength(n);
        }
        expect(rows.filter((r) => r.reviewer_pair_id === r.author_pair_id)).toEqual([]);
        // Each reviewer is told, once per review.
        const [told] = await ctx.dataSource.query(
          `SELECT count(*)::int n FROM notification_outbox WHERE template = 'peer_review.assigned' AND payload->>'reviewId' IN (SELECT id::text FROM peer_reviews WHERE cohort_id = $1)`,
          [cohort.id],
        );
        expect(told.n).toBe(count * n * 2);
      },
    );

    it('allocates once per cohort, needs two submitted prototypes, and stays within the trainer’s cohorts', async () => {
      const { cohort } = await submittedCohort(3);
      const other = await cohortWithPairs(ctx, 1);
      await submittedPrototype(ctx, other.pairs[0], tool);
      expectProblem(await allocate(other), 422, 'rule_violation', 'peer_review.too_few_prototypes');
      expectProblem(
        await ctx
          .http()
          .post('/api/v1/peer-reviews/allocate')
          .set('Authorization', other.trainer.auth)
          .send({ cohortId: cohort.id }),
        404,
        'not_found',
      );
      expectProblem(
        await ctx
          .http()
          .post('/api/v1/peer-reviews/allocate')
          .set('Authorization', cohort.pairs[0].political.auth)
          .send({ cohortId: cohort.id }),
        403,
        'forbidden',
      );
      await allocate(cohort).expect(201);
      expectProblem(await allocate(cohort), 409, 'conflict', 'peer_review.already_allocated');
    });
  });

  describe('reviews', () => {
    it('lets a reviewing pair write once, scoring every criterion; authors read it, named or not', async () => {
      const { cohort, prototypes, criteria } = await submittedCohort(3);
      const allocated = await allocate(cohort).expect(201);
      const [a, b] = cohort.pairs;
      const toWrite = allocated.body.find(
        (r: { reviewerPairId: string; authorPairId: string }) =>
          r.reviewerPairId === a.id && r.authorPairId === b.id,
      );
      const url = `/api/v1/peer-reviews/${toWrite.id}`;
      const body = {
        strengths: 'Un diagnostic précis',
        questions: 'Quel budget ?',
        suggestions: 'Associer les associations',
        scores: criteria.map((c, i) => ({ criterionId: c.id, score: 4 + i })),
      };
      // The author pair cannot write it, nor can another cohort's participant see it.
      expectProblem(
        await ctx.http().put(url).set('Authorization', b.political.auth).send(body),
        404,
        'not_found',
      );
      const outsider = (await cohortWithPairs(ctx, 1)).pairs[0];
      expectProblem(
        await ctx.http().get(url).set('Authorization', outsider.political.auth),
        404,
        'not_found',
      );
      expectProblem(
        await ctx
          .http()
          .put(url)
          .set('Authorization', a.technical.auth)
          .send({ ...body, scores: body.scores.slice(1) }),
        422,
        'rule_violation',
        'peer_review.missing_scores',
      );
      const written = await ctx
        .http()
        .put(url)
        .set('Authorization', a.technical.auth)
        .send(body)
        .expect(200);
      expect(written.body.scores.map((s: { score: number }) => s.score)).toEqual([4, 5]);
      expectProblem(
        await ctx.http().put(url).set('Authorization', a.political.auth).send(body),
        409,
        'conflict',
        'peer_review.already_submitted',
      );

      // The author reads it without the reviewer's name (the cohort hides names by default).
      const received = await ctx
        .http()
        .get(`/api/v1/peer-reviews?side=received&prototypeId=${prototypes[1].id}`)
        .set('Authorization', b.political.auth)
        .expect(200);
      expect(received.body).toHaveLength(1);
      expect(received.body[0]).toMatchObject({
        strengths: 'Un diagnostic précis',
        reviewerPairId: null,
        writerName: null,
      });
      // The reviewer sees what it must write; the trainer sees everything with names.
      const given = await ctx
        .http()
        .get('/api/v1/peer-reviews?side=given')
        .set('Authorization', a.political.auth)
        .expect(200);
      expect(given.body).toHaveLength(2);
      const asTrainer = await ctx
        .http()
        .get(url)
        .set('Authorization', cohort.trainer.auth)
        .expect(200);
      expect(asTrainer.body.reviewerPairId).toBe(a.id);
      expect(asTrainer.body.writerName).toEqual(expect.any(String));
    });

    it('shows reviewers’ names to authors when the cohort says so', async () => {
      const { cohort, criteria } = await submittedCohort(3);
      const allocated = await allocate(cohort, { showReviewerNames: true }).expect(201);
      const review = allocated.body[0];
      const reviewer = cohort.pairs.find((p) => p.id === review.reviewerPairId)!;
      const author = cohort.pairs.find((p) => p.id === review.authorPairId)!;
      await ctx
        .http()
        .put(`/api/v1/peer-reviews/${review.id}`)
        .set('Authorization', reviewer.political.auth)
        .send({
          strengths: 's',
          questions: 'q',
          suggestions: 'g',
          scores: criteria.map((c) => ({ criterionId: c.id, score: 3 })),
        })
        .expect(200);
      const seen = await ctx
        .http()
        .get(`/api/v1/peer-reviews/${review.id}`)
        .set('Authorization', author.technical.auth)
        .expect(200);
      expect(seen.body.reviewerPairId).toBe(reviewer.id);
    });

    it('lets the trainer swap a reviewer, never to the author or outside the cohort', async () => {
      const { cohort } = await submittedCohort(4);
      const allocated = await allocate(cohort).expect(201);
      const review = allocated.body[0];
      const swap = (reviewerPairId: string) =>
        ctx
          .http()
          .patch(`/api/v1/peer-reviews/${review.id}/reviewer`)
          .set('Authorization', cohort.trainer.auth)
          .send({ reviewerPairId });
      expectProblem(
        await swap(review.authorPairId),
        422,
        'rule_violation',
        'peer_review.invalid_reviewer',
      );
      const elsewhere = (await cohortWithPairs(ctx, 1)).pairs[0];
      expectProblem(
        await swap(elsewhere.id),
        422,
        'rule_violation',
        'peer_review.invalid_reviewer',
      );
      // The pair that already reviews this prototype cannot take a second copy.
      const duplicate = allocated.body.find(
        (r: { prototypeId: string; id: string }) =>
          r.prototypeId === review.prototypeId && r.id !== review.id,
      );
      expectProblem(
        await swap(duplicate.reviewerPairId),
        422,
        'rule_violation',
        'peer_review.invalid_reviewer',
      );
      const free = cohort.pairs.find(
        (p) =>
          ![review.authorPairId, review.reviewerPairId, duplicate.reviewerPairId].includes(p.id),
      )!;
      const swapped = await swap(free.id).expect(200);
      expect(swapped.body.reviewerPairId).toBe(free.id);
      expectProblem(
        await ctx
          .http()
          .patch(`/api/v1/peer-reviews/${review.id}/reviewer`)
          .set('Authorization', free.political.auth)
          .send({ reviewerPairId: free.id }),
        403,
        'forbidden',
      );
    });

    it('gives trainers the score spread and who is late, and a late review blocks nothing', async () => {
      const { cohort, prototypes, criteria } = await submittedCohort(3);
      const allocated = await allocate(cohort).expect(201);
      const target = prototypes[0];
      const onTarget = allocated.body.filter(
        (r: { prototypeId: string }) => r.prototypeId === target.id,
      );
      expect(onTarget).toHaveLength(2);
      const [done, late] = onTarget;
      const writer = cohort.pairs.find((p) => p.id === done.reviewerPairId)!;
      await ctx
        .http()
        .put(`/api/v1/peer-reviews/${done.id}`)
        .set('Authorization', writer.political.auth)
        .send({
          strengths: 's',
          questions: 'q',
          suggestions: 'g',
          scores: [
            { criterionId: criteria[0].id, score: 2 },
            { criterionId: criteria[1].id, score: 5 },
          ],
        })
        .expect(200);
      const summary = await ctx
        .http()
        .get(`/api/v1/peer-reviews/summary?cohortId=${cohort.id}`)
        .set('Authorization', cohort.trainer.auth)
        .expect(200);
      const line = summary.body.find((s: { id: string }) => s.id === target.id);
      expect(line).toMatchObject({ allocated: 2, submitted: 1 });
      expect(line.criteria).toEqual([
        expect.objectContaining({
          labelEn: 'Clarity of the problem',
          count: 1,
          min: 2,
          max: 2,
          mean: 2,
        }),
        expect.objectContaining({ labelEn: 'Feasibility', count: 1, min: 5, max: 5, mean: 5 }),
      ]);
      expect(line.pending).toEqual([
        expect.objectContaining({ reviewId: late.id, reviewerPairId: late.reviewerPairId }),
      ]);
      expectProblem(
        await ctx
          .http()
          .get(`/api/v1/peer-reviews/summary?cohortId=${cohort.id}`)
          .set('Authorization', cohort.pairs[0].political.auth),
        403,
        'forbidden',
      );
      // The pending review does not hold up the trainer's decision.
      await moveTo(ctx, cohort.trainer.auth, target.id, 'presented');
      await moveTo(ctx, cohort.trainer.auth, target.id, 'accepted');
    });
  });
});
