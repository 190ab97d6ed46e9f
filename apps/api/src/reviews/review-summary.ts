import { CriterionScore, PeerReviewEntity } from '@apprenance/db';
import { CriterionSpreadDto } from './dto/peer-review.dto';

/** Count, min, max and mean of each criterion over the submitted reviews, in rubric order. */
export function scoreSpread(reviews: Pick<PeerReviewEntity, 'scores'>[]): CriterionSpreadDto[] {
  const byCriterion = new Map<string, { first: CriterionScore; scores: number[] }>();
  for (const score of reviews.flatMap((r) => r.scores ?? [])) {
    const entry = byCriterion.get(score.criterionId) ?? { first: score, scores: [] };
    entry.scores.push(score.score);
    byCriterion.set(score.criterionId, entry);
  }
  return [...byCriterion.values()].map(({ first, scores }) => ({
    criterionId: first.criterionId,
    labelFr: first.labelFr,
    labelEn: first.labelEn,
    count: scores.length,
    min: Math.min(...scores),
    max: Math.max(...scores),
    mean: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100,
  }));
}
