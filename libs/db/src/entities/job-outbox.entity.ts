import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Jobs asked for by a change, written in the change's transaction; the worker's relay moves
 * committed rows into BullMQ and its sweep re-enqueues what Redis lost. One row per job id,
 * for ever: a job id names one piece of work, so asking again for work already asked for (even
 * done) is a no-op — to do it again, a feature names a new entity (a re-issued certificate is a
 * new certificate row). This also matches BullMQ, which drops a re-add of a kept job id.
 */
@Entity({ name: 'job_outbox' })
@Index('uq_job_outbox_job_id', ['jobId'], { unique: true })
@Index('ix_job_outbox_to_relay', ['id'], { where: '"enqueued_at" IS NULL' })
@Index('ix_job_outbox_in_flight', ['id'], {
  where: '"enqueued_at" IS NOT NULL AND "completed_at" IS NULL AND "failed_at" IS NULL',
})
export class JobOutboxEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_job_outbox',
  })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  queue!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 200 })
  entityId!: string;

  /** The BullMQ job id, `${name}-${entityId}` (see `jobOptions`). */
  @Column({ name: 'job_id', type: 'varchar', length: 300 })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the relay (or the sweep, again) last put the job into BullMQ. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Set when the last attempt failed; the sweep leaves such rows alone until it is cleared. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
