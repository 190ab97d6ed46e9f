import { DomainError } from '../common/problem/domain-error';

export const reviewNotFound = (id: string) =>
  new DomainError('peer_review.not_found', `No peer review ${id}.`);

export const alreadyAllocated = () =>
  new DomainError(
    'peer_review.already_allocated',
    'Reviews have already been allocated in this cohort; swap reviewers one by one instead.',
  );

export const tooFewPrototypes = (count: number) =>
  new DomainError(
    'peer_review.too_few_prototypes',
    `Peer review needs at least two submitted prototypes; the cohort has ${count}.`,
    {},
    { count },
  );

export const alreadySubmitted = () =>
  new DomainError('peer_review.already_submitted', 'This review has already been submitted.');

export const notReviewer = () =>
  new DomainError(
    'peer_review.not_reviewer',
    'Only a member of the reviewing pair may write this review.',
  );

export const invalidReviewer = (why: string) =>
  new DomainError('peer_review.invalid_reviewer', `This pair cannot review it: ${why}.`, {
    reviewerPairId: [why],
  });

export const missingScores = (criteria: string[]) =>
  new DomainError(
    'peer_review.missing_scores',
    'Give one score from 1 to 5 for each criterion of the rubric, and only those.',
    { scores: [`must score exactly these criteria: ${criteria.join(', ') || 'none'}`] },
  );
