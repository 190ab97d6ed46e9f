import { Injectable } from '@nestjs/common';
import { PeerReviewEntity } from '@apprenance/db';
import { allocateReviews, reviewsPerPair } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { ReviewCriteriaService } from '../courses/review-criteria.service';
import { OutboxRepository } from '../notifications/outbox.repository';
import { PrototypeQueries } from '../prototypes/prototype-queries';
import {
  AllocateReviewsDto,
  PeerReviewDto,
  PeerReviewListQueryDto,
  PrototypeReviewSummaryDto,
  SubmitReviewDto,
  SwapReviewerDto,
} from './dto/peer-review.dto';
import { toPeerReviewDto } from './review.mapper';
import { scoreSpread } from './review-summary';
import {
  alreadyAllocated,
  alreadySubmitted,
  invalidReviewer,
  missingScores,
  notReviewer,
  reviewNotFound,
  tooFewPrototypes,
} from './reviews.errors';
import { ReviewsRepository } from './reviews.repository';

/**
 * Peer review: a trainer allocates it once per cohort (balanced, never one's own), swaps
 * reviewers by hand, and pairs write their reviews. Nothing here holds up the prototypes'
 * workflow: a late review is only a pending line in the trainers' summary.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly prototypes: PrototypeQueries,
    private readonly cohorts: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly criteria: ReviewCriteriaService,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, query: PeerReviewListQueryDto): Promise<Page<PeerReviewDto>> {
    const page = await this.reviews.list(await this.membership.pairWorkScopeOf(actor), query);
    const dtos = await this.toDtos(actor, page.items);
    return new Page(dtos, page.total, page.start);
  }

  async get(actor: AuthUser, id: string): Promise<PeerReviewDto> {
    return (await this.toDtos(actor, [await this.visible(actor, id)]))[0];
  }

  async allocate(actor: AuthUser, input: AllocateReviewsDto): Promise<PeerReviewDto[]> {
    await this.cohorts.manageable(actor, input.cohortId);
    const created = await this.tx.run(async (tx) => {
      const submitted = await this.prototypes.submittedOfCohort(input.cohortId, tx);
      const enrolled = new Set(
        (
          await this.membership.enrolledPairs(
            submitted.map((p) => p.pairId),
            tx,
          )
        ).map((p) => p.id),
      );
      const candidates = submitted.filter((p) => enrolled.has(p.pairId));
      if (candidates.length < 2) throw tooFewPrototypes(candidates.length);
      const n = reviewsPerPair(candidates.length, input.reviewsPerPair);
      const opened = await this.reviews.insertRound(tx, {
        cohortId: input.cohortId,
        reviewsPerPair: n,
        showReviewerNames: input.showReviewerNames ?? false,
      });
      if (!opened) throw alreadyAllocated();
      const reviews = await this.reviews.insertMany(
        tx,
        allocateReviews(candidates, n).map(({ reviewer, author }) => ({
          cohortId: input.cohortId,
          prototypeId: author.id,
          authorPairId: author.pairId,
          reviewerPairId: reviewer.pairId,
          versionNumber: author.currentVersion,
        })),
      );
      await this.audit.record(tx, actor, {
        action: 'peer_review.allocate',
        entityType: 'cohort',
        entityId: input.cohortId,
        changes: { reviewsPerPair: n, reviews: reviews.length },
      });
      await this.tellReviewers(tx, reviews);
      return reviews;
    });
    return this.toDtos(actor, created);
  }

  /** A trainer hands a review not yet written to another pair of the cohort. */
  async swap(actor: AuthUser, id: string, input: SwapReviewerDto): Promise<PeerReviewDto> {
    const visible = await this.visible(actor, id);
    await this.cohorts.manageable(actor, visible.cohortId);
    try {
      const saved = await this.tx.run(async (tx) => {
        const review = await this.lockUnsubmitted(tx, id);
        const pair = await this.membership.enrolledPair(input.reviewerPairId, tx);
        if (!pair || pair.cohortId !== review.cohortId) {
          throw invalidReviewer('it is not an enrolled pair of this cohort');
        }
        if (pair.id === review.authorPairId) throw invalidReviewer('a pair never reviews itself');
        const from = review.reviewerPairId;
        review.reviewerPairId = pair.id;
        const saved = await this.reviews.save(tx, review);
        await this.audit.record(tx, actor, {
          action: 'peer_review.swap',
          entityType: 'peer_review',
          entityId: id,
          changes: { reviewerPairId: { from, to: pair.id } },
        });
        await this.tellReviewers(tx, [saved]);
        return saved;
      });
      return (await this.toDtos(actor, [saved]))[0];
    } catch (error) {
      if (isUniqueViolation(error, 'uq_peer_reviews_prototype_reviewer')) {
        throw invalidReviewer('it already reviews this prototype');
      }
      throw error;
    }
  }

  /** A member of the reviewing pair writes the review, scoring every criterion of the rubric. */
  async submit(actor: AuthUser, id: string, input: SubmitReviewDto): Promise<PeerReviewDto> {
    const visible = await this.visible(actor, id);
    if (!(await this.membership.isPairMember(actor.id, visible.reviewerPairId))) {
      throw notReviewer();
    }
    const cohort = await this.cohorts.readable(actor, visible.cohortId);
    const rubric = await this.criteria.forCourse(cohort.courseId);
    const given = new Map(input.scores.map((s) => [s.criterionId, s.score]));
    const complete =
      given.size === input.scores.length &&
      given.size === rubric.length &&
      rubric.every((c) => given.has(c.id));
    if (!complete) throw missingScores(rubric.map((c) => c.labelEn));
    const saved = await this.tx.run(async (tx) => {
      const review = await this.lockUnsubmitted(tx, id);
      Object.assign(review, {
        strengths: input.strengths,
        questions: input.questions,
        suggestions: input.suggestions,
        scores: rubric.map((c) => ({
          criterionId: c.id,
          labelFr: c.labelFr,
          labelEn: c.labelEn,
          score: given.get(c.id) as number,
        })),
        writtenBy: actor.id,
        submittedAt: new Date(),
      });
      const saved = await this.reviews.save(tx, review);
      await this.audit.record(tx, actor, {
        action: 'peer_review.submit',
        entityType: 'peer_review',
        entityId: id,
        changes: { scores: saved.scores },
      });
      const authors = await this.membership.enrolledPair(review.authorPairId, tx);
      await this.outbox.enqueue(
        tx,
        (authors?.memberIds ?? []).map((recipientId) => ({
          recipientId,
          template: 'peer_review.received',
          payload: { reviewId: id, prototypeId: review.prototypeId },
        })),
      );
      return saved;
    });
    return (await this.toDtos(actor, [saved]))[0];
  }

  /** For the cohort's trainers: per submitted prototype, its score spread and who is late. */
  async summary(actor: AuthUser, cohortId: string): Promise<PrototypeReviewSummaryDto[]> {
    await this.cohorts.manageable(actor, cohortId);
    const reviews = await this.reviews.ofCohort(cohortId);
    const prototypes = await this.prototypes.submittedOfCohort(cohortId);
    const labels = new Map(
      (await this.membership.pairsOfCohort(cohortId)).map((p) => [p.id, p.label]),
    );
    return prototypes.map((prototype) => {
      const mine = reviews.filter((r) => r.prototypeId === prototype.id);
      const done = mine.filter((r) => r.submittedAt);
      return {
        id: prototype.id,
        authorPairId: prototype.pairId,
        authorPairLabel: labels.get(prototype.pairId) ?? '',
        allocated: mine.length,
        submitted: done.length,
        criteria: scoreSpread(done),
        pending: mine
          .filter((r) => !r.submittedAt)
          .map((r) => ({
            reviewId: r.id,
            reviewerPairId: r.reviewerPairId,
            reviewerPairLabel: labels.get(r.reviewerPairId) ?? '',
          })),
      };
    });
  }

  async visible(actor: AuthUser, id: string): Promise<PeerReviewEntity> {
    const review = await this.reviews.findVisible(await this.membership.pairWorkScopeOf(actor), id);
    if (!review) throw reviewNotFound(id);
    return review;
  }

  private async lockUnsubmitted(tx: Tx, id: string): Promise<PeerReviewEntity> {
    const review = (await this.reviews.findForUpdate(tx, id)) as PeerReviewEntity;
    if (review.submittedAt) throw alreadySubmitted();
    return review;
  }

  private async tellReviewers(tx: Tx, reviews: PeerReviewEntity[]): Promise<void> {
    const pairs = await this.membership.enrolledPairs(
      reviews.map((r) => r.reviewerPairId),
      tx,
    );
    const members = new Map(pairs.map((p) => [p.id, p.memberIds]));
    await this.outbox.enqueue(
      tx,
      reviews.flatMap((review) =>
        (members.get(review.reviewerPairId) ?? []).map((recipientId) => ({
          recipientId,
          template: 'peer_review.assigned',
          payload: { reviewId: review.id, prototypeId: review.prototypeId },
        })),
      ),
    );
  }

  /** Authors see their reviewers only when the cohort shows names; everyone else always does. */
  private async toDtos(actor: AuthUser, reviews: PeerReviewEntity[]): Promise<PeerReviewDto[]> {
    const pairIds = reviews.flatMap((r) => [r.authorPairId, r.reviewerPairId]);
    const labels = new Map(
      (await this.membership.enrolledPairs(pairIds)).map((p) => [p.id, p.label]),
    );
    const names = await this.membership.displayNames(
      reviews.flatMap((r) => (r.writtenBy ? [r.writtenBy] : [])),
    );
    const ownPairs =
      actor.role === 'participant'
        ? new Set((await this.membership.pairsOfUser(actor.id)).map((p) => p.id))
        : new Set<string>();
    const shown = new Map<string, boolean>();
    for (const cohortId of new Set(reviews.map((r) => r.cohortId))) {
      shown.set(cohortId, (await this.reviews.findRound(cohortId))?.showReviewerNames ?? false);
    }
    return reviews.map((review) => {
      const isAuthor = ownPairs.has(review.authorPairId) && !ownPairs.has(review.reviewerPairId);
      const showReviewer = !isAuthor || (shown.get(review.cohortId) ?? false);
      return toPeerReviewDto(review, labels, names, showReviewer);
    });
  }
}
