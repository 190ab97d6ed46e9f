import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from './cohort.entity';
import { UserEntity } from './user.entity';

/** A member's secret calendar-feed URL for a cohort; only a hash of the secret is kept. */
@Entity({ name: 'calendar_tokens' })
@Index('uq_calendar_tokens_cohort_user', ['cohortId', 'userId'], { unique: true })
export class CalendarTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_calendar_tokens' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_calendar_tokens_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_tokens_user' })
  user?: UserEntity;

  /** SHA-256 of the secret, hex. */
  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
