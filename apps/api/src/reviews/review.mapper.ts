import { PeerReviewEntity } from '@apprenance/db';
import { PeerReviewDto } from './dto/peer-review.dto';

/** Who may read the reviewer's identity: everyone but the authors when the cohort hides it. */
export function toPeerReviewDto(
  review: PeerReviewEntity,
  labels: Map<string, string>,
  names: Map<string, string>,
  showReviewer: boolean,
): PeerReviewDto {
  const { id, cohortId, prototypeId, authorPairId, versionNumber } = review;
  return {
    id,
    cohortId,
    prototypeId,
    authorPairId,
    authorPairLabel: labels.get(authorPairId) ?? '',
    reviewerPairId: showReviewer ? review.reviewerPairId : null,
    reviewerPairLabel: showReviewer ? (labels.get(review.reviewerPairId) ?? '') : null,
    writerName: showReviewer && review.writtenBy ? (names.get(review.writtenBy) ?? null) : null,
    versionNumber,
    strengths: review.strengths,
    questions: review.questions,
    suggestions: review.suggestions,
    scores: review.scores,
    submittedAt: review.submittedAt,
    createdAt: review.createdAt,
  };
}
