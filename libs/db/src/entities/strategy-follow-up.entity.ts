import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CivicTechEntity } from './civic-tech.entity';
import { CohortPairEntity } from './cohort-pair.entity';
import { CohortEntity } from './cohort.entity';
import { STRATEGY_STATUSES, StrategyStatus } from './impact-enums';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/** What became of a pair's strategy 3, 6 or 12 months after its cohort ended. */
@Entity({ name: 'strategy_follow_ups' })
@Index('uq_strategy_follow_ups_pair_milestone', ['pairId', 'milestone'], { unique: true })
@Index('ix_strategy_follow_ups_cohort_milestone', ['cohortId', 'milestone'])
@Check('ck_strategy_follow_ups_milestone', `"milestone" IN (3, 6, 12)`)
@Check(
  'ck_strategy_follow_ups_funding',
  `"funding_secured" OR ("funding_amount" IS NULL AND "funding_source" IS NULL)`,
)
@Check('ck_strategy_follow_ups_amount', `"funding_amount" IS NULL OR "funding_amount" >= 0`)
export class StrategyFollowUpEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_strategy_follow_ups' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_strategy_follow_ups_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'pair_id', type: 'uuid' })
  pairId!: string;

  @ManyToOne(() => CohortPairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pair_id', foreignKeyConstraintName: 'fk_strategy_follow_ups_pair' })
  pair?: CohortPairEntity;

  /** Months after the cohort's end: 3, 6 or 12. */
  @Column({ type: 'smallint' })
  milestone!: number;

  @Column({ type: 'enum', enum: STRATEGY_STATUSES, enumName: 'strategy_status' })
  status!: StrategyStatus;

  @Column({ name: 'funding_secured', type: 'boolean' })
  fundingSecured!: boolean;

  /** In euros, when known. */
  @Column({ name: 'funding_amount', type: 'numeric', precision: 14, scale: 2, nullable: true })
  fundingAmount!: string | null;

  @Column({ name: 'funding_source', type: 'varchar', length: 300, nullable: true })
  fundingSource!: string | null;

  @Column({ name: 'what_changed', type: 'text', default: '' })
  whatChanged!: string;

  @Column({ name: 'document_url', type: 'varchar', length: 500, nullable: true })
  documentUrl!: string | null;

  /** Who recorded it last: a member of the pair, or a trainer on their behalf. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_strategy_follow_ups_recorder' })
  recorder?: UserEntity;
}

/** A catalogue tool the pair actually deployed, as of one follow-up. */
@Entity({ name: 'follow_up_civic_techs' })
@Index('ix_follow_up_civic_techs_civic_tech', ['civicTechId'])
export class FollowUpCivicTechEntity {
  @PrimaryColumn({
    name: 'follow_up_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_follow_up_civic_techs',
  })
  followUpId!: string;

  @PrimaryColumn({
    name: 'civic_tech_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_follow_up_civic_techs',
  })
  civicTechId!: string;

  @ManyToOne(() => StrategyFollowUpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'follow_up_id',
    foreignKeyConstraintName: 'fk_follow_up_civic_techs_follow_up',
  })
  followUp?: StrategyFollowUpEntity;

  @ManyToOne(() => CivicTechEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'civic_tech_id',
    foreignKeyConstraintName: 'fk_follow_up_civic_techs_civic_tech',
  })
  civicTech?: CivicTechEntity;
}
