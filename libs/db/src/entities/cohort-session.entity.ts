import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from './cohort.entity';
import { PHASES, Phase } from './enums';
import { Timestamped } from './timestamps';

/**
 * One session per phase. `starts_at`/`ends_at` are the first day's instants (UTC); a session
 * of several days repeats the same local hours on the following days of the cohort's zone.
 */
@Entity({ name: 'cohort_sessions' })
@Index('uq_cohort_sessions_cohort_phase', ['cohortId', 'phase'], { unique: true })
@Check('ck_cohort_sessions_times', `"ends_at" > "starts_at"`)
@Check('ck_cohort_sessions_days', `"day_count" BETWEEN 1 AND 5`)
export class CohortSessionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohort_sessions' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_sessions_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'enum', enum: PHASES, enumName: 'course_phase' })
  phase!: Phase;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'day_count', type: 'smallint' })
  dayCount!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;
}
