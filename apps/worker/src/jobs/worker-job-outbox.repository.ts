import { Injectable } from '@nestjs/common';
import { JobName, JOBS, QueueName } from '@apprenance/jobs';
import { DataSource, EntityManager } from 'typeorm';

/** A job_outbox row as the relay and the sweep need it. */
export interface OutboxJob {
  id: string;
  queue: QueueName;
  name: JobName;
  entityId: string;
  jobId: string;
  payload: object;
}

const COLUMNS = `id, queue, name, entity_id AS "entityId", job_id AS "jobId", payload`;
/** Rows of jobs this worker's version knows; newer ones wait for a newer worker. */
const KNOWN_NAMES = Object.keys(JOBS);

/**
 * The worker's side of job_outbox. Rows are claimed `FOR UPDATE SKIP LOCKED`, so relays and
 * sweeps in several worker processes share the rows instead of handling them twice.
 */
@Injectable()
export class WorkerJobOutbox {
  constructor(private readonly dataSource: DataSource) {}

  claimToRelay(tx: EntityManager, limit: number): Promise<OutboxJob[]> {
    return tx.query(
      `SELECT ${COLUMNS} FROM job_outbox
        WHERE enqueued_at IS NULL AND name = ANY($1)
        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [KNOWN_NAMES, limit],
    );
  }

  /** Relayed rows neither done nor failed for good, after `afterId` (the sweep pages by id). */
  claimInFlight(tx: EntityManager, afterId: string, limit: number): Promise<OutboxJob[]> {
    return tx.query(
      `SELECT ${COLUMNS} FROM job_outbox
        WHERE enqueued_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL
          AND id > $1 AND name = ANY($2)
        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [afterId, KNOWN_NAMES, limit],
    );
  }

  async markEnqueued(tx: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await tx.query('UPDATE job_outbox SET enqueued_at = now() WHERE id = ANY($1)', [ids]);
  }

  async markCompleted(jobId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_outbox SET completed_at = now(), last_error = NULL
        WHERE job_id = $1 AND completed_at IS NULL`,
      [jobId],
    );
  }

  /** Keeps the latest error for operators; `final` when no attempt is left. */
  async markFailed(jobId: string, error: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_outbox SET last_error = $2, failed_at = CASE WHEN $3 THEN now() END
        WHERE job_id = $1 AND completed_at IS NULL`,
      [jobId, error, final],
    );
  }
}
