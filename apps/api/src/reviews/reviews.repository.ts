import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PeerReviewEntity, PeerReviewRoundEntity } from '@apprenance/db';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { RowScope, withinScope } from '../common/database/row-scope';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { PeerReviewListQueryDto } from './dto/peer-review.dto';

const SORTABLE = {
  createdAt: 'r.createdAt',
  submittedAt: 'r.submittedAt',
  versionNumber: 'r.versionNumber',
} as const;

export type NewReview = Pick<
  PeerReviewEntity,
  'cohortId' | 'prototypeId' | 'authorPairId' | 'reviewerPairId' | 'versionNumber'
>;

@Injectable()
export class ReviewsRepository {
  constructor(
    @InjectRepository(PeerReviewEntity) private readonly reviews: Repository<PeerReviewEntity>,
  ) {}

  async list(scope: RowScope, query: PeerReviewListQueryDto): Promise<Page<PeerReviewEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.scoped(scope);
    if (query.id?.length) builder.andWhere('r.id IN (:...ids)', { ids: query.id });
    if (query.cohortId) builder.andWhere('r.cohortId = :cohortId', query);
    if (query.prototypeId) builder.andWhere('r.prototypeId = :prototypeId', query);
    if (query.side && scope.pairIds?.length) {
      const column = query.side === 'given' ? 'r.reviewerPairId' : 'r.authorPairId';
      builder.andWhere(`${column} IN (:...sidePairs)`, { sidePairs: scope.pairIds });
    }
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'createdAt'), query._order)
      .addOrderBy('r.id')
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  findVisible(scope: RowScope, id: string): Promise<PeerReviewEntity | null> {
    return this.scoped(scope).andWhere('r.id = :id', { id }).getOne();
  }

  findForUpdate(tx: Tx, id: string): Promise<PeerReviewEntity | null> {
    return tx
      .getRepository(PeerReviewEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  ofCohort(cohortId: string): Promise<PeerReviewEntity[]> {
    return this.reviews.find({ where: { cohortId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findRound(cohortId: string, tx?: Tx): Promise<PeerReviewRoundEntity | null> {
    return (
      tx?.getRepository(PeerReviewRoundEntity) ??
      this.reviews.manager.getRepository(PeerReviewRoundEntity)
    ).findOneBy({ cohortId });
  }

  /** Opens the cohort's round; false when one exists already (the primary key says so). */
  async insertRound(
    tx: Tx,
    round: Pick<PeerReviewRoundEntity, 'cohortId' | 'reviewsPerPair' | 'showReviewerNames'>,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(PeerReviewRoundEntity)
      .values(round)
      .orIgnore()
      .returning('cohort_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async insertMany(tx: Tx, reviews: NewReview[]): Promise<PeerReviewEntity[]> {
    return tx
      .getRepository(PeerReviewEntity)
      .save(reviews.map((r) => tx.create(PeerReviewEntity, r)));
  }

  save(tx: Tx, review: PeerReviewEntity): Promise<PeerReviewEntity> {
    return tx.getRepository(PeerReviewEntity).save(review);
  }

  /**
   * The reviews of the cohorts the caller sees; a participant's pairs read only those they
   * write and, once submitted, those they receive.
   */
  private scoped(scope: RowScope): SelectQueryBuilder<PeerReviewEntity> {
    const builder = withinScope(this.reviews.createQueryBuilder('r'), 'r', {
      cohortIds: scope.cohortIds,
    });
    const pairIds = scope.pairIds;
    if (pairIds) {
      if (!pairIds.length) return builder.andWhere('FALSE');
      builder.andWhere(
        new Brackets((mine) =>
          mine
            .where('r.reviewerPairId IN (:...pairIds)', { pairIds })
            .orWhere('(r.authorPairId IN (:...pairIds) AND r.submittedAt IS NOT NULL)', {
              pairIds,
            }),
        ),
      );
    }
    return builder;
  }
}
