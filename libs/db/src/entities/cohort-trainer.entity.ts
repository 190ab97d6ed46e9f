import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CohortEntity } from './cohort.entity';
import { UserEntity } from './user.entity';

/** A trainer who runs a cohort. */
@Entity({ name: 'cohort_trainers' })
@Index('ix_cohort_trainers_trainer', ['trainerId'])
export class CohortTrainerEntity {
  @PrimaryColumn({
    name: 'cohort_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_cohort_trainers',
  })
  cohortId!: string;

  @PrimaryColumn({
    name: 'trainer_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_cohort_trainers',
  })
  trainerId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_trainers_cohort' })
  cohort?: CohortEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_cohort_trainers_trainer' })
  trainer?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
