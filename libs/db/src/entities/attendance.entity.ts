import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ATTENDANCE_STATUSES, AttendanceStatus } from './cohort-enums';
import { CohortSessionEntity } from './cohort-session.entity';
import { UserEntity } from './user.entity';

/** Whether a participant attended one day (or half-day) of a session. */
@Entity({ name: 'attendance' })
@Index('ix_attendance_participant', ['participantId'])
@Check('ck_attendance_day', `"day_index" BETWEEN 1 AND 5`)
export class AttendanceEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_attendance' })
  sessionId!: string;

  @PrimaryColumn({
    name: 'participant_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_attendance',
  })
  participantId!: string;

  /** 1-based day of the session. */
  @PrimaryColumn({ name: 'day_index', type: 'smallint', primaryKeyConstraintName: 'pk_attendance' })
  dayIndex!: number;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_attendance_session' })
  session?: CohortSessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_attendance_participant' })
  participant?: UserEntity;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' })
  status!: AttendanceStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_attendance_recorded_by' })
  recorder?: UserEntity | null;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
