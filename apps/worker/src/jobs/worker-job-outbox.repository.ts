import { Injectable } from '@nestjs/common';
import { JOB_OUTBOX_CHANNEL, jobId, JobName, JobPayloads, JOBS, QueueName } from '@apprenance/jobs';
import { PreparedStatement, runPrepared } from '@apprenance/db';
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
/** Run once per job: prepared, so that Postgres does not plan it every time. */
const MARK_COMPLETED: PreparedStatement = {
  name: 'job-outbox-mark-completed',
  text: `UPDATE job_outbox SET completed_at = now(), last_error = NULL
          WHERE job_id = $1 AND completed_at IS NULL`,
};
/** Rows of jobs this worker's version knows; newer ones wait for a newer worker. */
const KNOWN_NAMES = Object.keys(JOBS);

/**
 * The worker's side of job_outbox. Rows are claimed `FOR UPDATE SKIP LOCKED`, so relays and
 * sweeps in several worker processes share the rows instead of handling them twice.
 */
@Injectable()
export class WorkerJobOutbox {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` rows to relay, hands them to `send` (which puts them into BullMQ), and
   * marks them in the same transaction; a failed send leaves every row of the batch to relay.
   */
  relayBatch(limit: number, send: (jobs: OutboxJob[]) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const jobs: OutboxJob[] = await tx.query(
        `SELECT ${COLUMNS} FROM job_outbox
          WHERE enqueued_at IS NULL AND name = ANY($1)
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [KNOWN_NAMES, limit],
      );
      if (jobs.length) await send(jobs);
      await markEnqueued(tx, jobs);
      return jobs.length;
    });
  }

  /**
   * Claims up to `limit` relayed rows, neither done nor failed for good, after `afterId` (the
   * sweep pages by id); `restore` says whether it put the job back into BullMQ, and those rows
   * are marked enqueued again. Returns the rows claimed and the rows restored.
   */
  sweepBatch(
    afterId: string,
    limit: number,
    restore: (job: OutboxJob) => Promise<boolean>,
  ): Promise<{ claimed: OutboxJob[]; restored: OutboxJob[] }> {
    return this.dataSource.transaction(async (tx) => {
      const claimed: OutboxJob[] = await tx.query(
        `SELECT ${COLUMNS} FROM job_outbox
          WHERE enqueued_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL
            AND id > $1 AND name = ANY($2)
          ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [afterId, KNOWN_NAMES, limit],
      );
      const restored: OutboxJob[] = [];
      for (const job of claimed) if (await restore(job)) restored.push(job);
      await markEnqueued(tx, restored);
      return { claimed, restored };
    });
  }

  async markCompleted(jobId: string): Promise<void> {
    await runPrepared(this.dataSource, MARK_COMPLETED, [jobId]);
  }

  /**
   * Asks for a job from inside the worker (work a schedule found), in the caller's transaction,
   * like the api's enqueuer: the relay moves it once committed; the same job id again is a no-op.
   */
  async enqueue<N extends JobName>(
    tx: EntityManager,
    name: N,
    payload: JobPayloads[N],
    entityId: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO job_outbox (queue, name, entity_id, job_id, payload)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (job_id) DO NOTHING`,
      [JOBS[name].queue, name, entityId, jobId(name, entityId), payload],
    );
    await tx.query('SELECT pg_notify($1, $2)', [JOB_OUTBOX_CHANNEL, name]);
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

async function markEnqueued(tx: EntityManager, jobs: OutboxJob[]): Promise<void> {
  if (!jobs.length) return;
  await tx.query('UPDATE job_outbox SET enqueued_at = now() WHERE id = ANY($1)', [
    jobs.map((job) => job.id),
  ]);
}
