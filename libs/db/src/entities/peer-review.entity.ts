import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortPairEntity } from './cohort-pair.entity';
import { CohortEntity } from './cohort.entity';
import { PrototypeEntity } from './prototype.entity';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/** One criterion's score as the reviewer gave it, with the criterion's labels of that day. */
export interface CriterionScore {
  criterionId: string;
  labelFr: string;
  labelEn: string;
  score: number;
}

/**
 * A pair's review of another pair's prototype: allocated by a trainer, written by one of the
 * reviewing pair's members. The database refuses a pair reviewing itself or the same
 * prototype twice.
 */
@Entity({ name: 'peer_reviews' })
@Index('uq_peer_reviews_prototype_reviewer', ['prototypeId', 'reviewerPairId'], { unique: true })
@Index('ix_peer_reviews_cohort', ['cohortId'])
@Index('ix_peer_reviews_reviewer_pair', ['reviewerPairId'])
@Check('ck_peer_reviews_not_own', `"reviewer_pair_id" <> "author_pair_id"`)
@Check('ck_peer_reviews_submitted', `("submitted_at" IS NULL) = ("scores" IS NULL)`)
export class PeerReviewEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_reviews' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_peer_reviews_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'prototype_id', type: 'uuid' })
  prototypeId!: string;

  @ManyToOne(() => PrototypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prototype_id', foreignKeyConstraintName: 'fk_peer_reviews_prototype' })
  prototype?: PrototypeEntity;

  @Column({ name: 'author_pair_id', type: 'uuid' })
  authorPairId!: string;

  @ManyToOne(() => CohortPairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_pair_id', foreignKeyConstraintName: 'fk_peer_reviews_author_pair' })
  authorPair?: CohortPairEntity;

  @Column({ name: 'reviewer_pair_id', type: 'uuid' })
  reviewerPairId!: string;

  @ManyToOne(() => CohortPairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'reviewer_pair_id',
    foreignKeyConstraintName: 'fk_peer_reviews_reviewer_pair',
  })
  reviewerPair?: CohortPairEntity;

  /** The version under review: the prototype's latest when the review was allocated. */
  @Column({ name: 'version_number', type: 'integer' })
  versionNumber!: number;

  @Column({ type: 'text', nullable: true })
  strengths!: string | null;

  @Column({ type: 'text', nullable: true })
  questions!: string | null;

  @Column({ type: 'text', nullable: true })
  suggestions!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  scores!: CriterionScore[] | null;

  /** The member of the reviewing pair who wrote it. */
  @Column({ name: 'written_by', type: 'uuid', nullable: true })
  writtenBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'written_by', foreignKeyConstraintName: 'fk_peer_reviews_writer' })
  writer?: UserEntity;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
