import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PAIR_STATUSES, PairStatus } from './cohort-enums';
import { CohortEntity } from './cohort.entity';
import { TerritoryEntity } from './territory.entity';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/**
 * A pair (binôme) in a cohort: the political and the technical member of one territory.
 * A person is in at most one active pair per cohort (partial unique indexes).
 */
@Entity({ name: 'cohort_pairs' })
@Index('ix_cohort_pairs_cohort_status', ['cohortId', 'status'])
@Index('uq_cohort_pairs_political', ['cohortId', 'politicalId'], {
  unique: true,
  where: `"status" IN ('applied', 'enrolled', 'waitlisted')`,
})
@Index('uq_cohort_pairs_technical', ['cohortId', 'technicalId'], {
  unique: true,
  where: `"status" IN ('applied', 'enrolled', 'waitlisted')`,
})
@Index('ix_cohort_pairs_political', ['politicalId'])
@Index('ix_cohort_pairs_technical', ['technicalId'])
@Check('ck_cohort_pairs_distinct', `"political_id" <> "technical_id"`)
@Check('ck_cohort_pairs_waitlist', `("status" = 'waitlisted') = ("waitlist_rank" IS NOT NULL)`)
export class CohortPairEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohort_pairs' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_pairs_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'territory_id', type: 'uuid' })
  territoryId!: string;

  @ManyToOne(() => TerritoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_cohort_pairs_territory' })
  territory?: TerritoryEntity;

  @Column({ name: 'political_id', type: 'uuid' })
  politicalId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'political_id', foreignKeyConstraintName: 'fk_cohort_pairs_political' })
  political?: UserEntity;

  @Column({ name: 'technical_id', type: 'uuid' })
  technicalId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technical_id', foreignKeyConstraintName: 'fk_cohort_pairs_technical' })
  technical?: UserEntity;

  @Column({ type: 'enum', enum: PAIR_STATUSES, enumName: 'pair_status' })
  status!: PairStatus;

  /** Place in the waitlist, first come first served; set only while waitlisted. */
  @Column({ name: 'waitlist_rank', type: 'integer', nullable: true })
  waitlistRank!: number | null;
}
