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
import { PROTOTYPE_STATUSES, PrototypeStatus } from './prototype-enums';
import { Timestamped } from './timestamps';

/**
 * A pair's prototype strategy (phase 3), one per pair: the editable draft lives in `draft`;
 * each submission freezes a row of `prototype_versions`, whose last number is `current_version`.
 */
@Entity({ name: 'prototypes' })
@Index('uq_prototypes_pair', ['pairId'], { unique: true })
@Index('ix_prototypes_cohort_status', ['cohortId', 'status'])
@Check('ck_prototypes_current_version', `"current_version" >= 0`)
export class PrototypeEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_prototypes' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_prototypes_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'pair_id', type: 'uuid' })
  pairId!: string;

  @ManyToOne(() => CohortPairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pair_id', foreignKeyConstraintName: 'fk_prototypes_pair' })
  pair?: CohortPairEntity;

  @Column({
    type: 'enum',
    enum: PROTOTYPE_STATUSES,
    enumName: 'prototype_status',
    default: 'draft',
  })
  status!: PrototypeStatus;

  /** The draft's fields (title, problem, canvas…), as the prototypes feature defines them. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  draft!: Record<string, unknown>;

  @Column({ name: 'current_version', type: 'integer', default: 0 })
  currentVersion!: number;
}
