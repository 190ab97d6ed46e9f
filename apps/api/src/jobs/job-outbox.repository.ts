import { Injectable } from '@nestjs/common';
import { JOB_OUTBOX_CHANNEL, jobId, JobName, JobPayloads, JOBS } from '@apprenance/jobs';
import { Tx } from '../common/database/transaction';

/**
 * Rows a feature writes in the statement that asks for their jobs: `sql` is that statement's
 * `WITH` list (placeholders `$1`… for `params`), `source` a query over it giving one job per row
 * in a text column `entity_id` and a jsonb column `payload`.
 */
export interface JobSource {
  sql: string;
  params: unknown[];
  source: string;
}

/**
 * Asks the worker for a job, in the caller's transaction: the job exists only if the change
 * commits, and the worker's relay (not the api) puts it into BullMQ.
 */
@Injectable()
export class JobOutboxRepository {
  /** A job already asked for the same entity (even done) is a no-op: the job id names the work. */
  enqueue<N extends JobName>(
    tx: Tx,
    name: N,
    payload: JobPayloads[N],
    entityId: string,
  ): Promise<void> {
    return this.enqueueMany(tx, name, [{ payload, entityId }]);
  }

  /** Several jobs of one name (a batch of certificates) in one insert and one notification. */
  async enqueueMany<N extends JobName>(
    tx: Tx,
    name: N,
    jobs: { payload: JobPayloads[N]; entityId: string }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    // Refuses an entity id that a BullMQ job id cannot carry before anything is written.
    for (const job of jobs) jobId(name, job.entityId);
    await this.enqueueFrom(tx, name, {
      sql: `asked AS (SELECT * FROM json_to_recordset($1::json) AS j(entity_id text, payload jsonb))`,
      params: [
        JSON.stringify(jobs.map(({ payload, entityId }) => ({ entity_id: entityId, payload }))),
      ],
      source: `SELECT entity_id, payload FROM asked`,
    });
  }

  /**
   * One job `name` per row of `rows.source`, written with those rows in one statement: one
   * round trip for a feature's rows, their jobs and the relay's wake-up.
   */
  async enqueueFrom(tx: Tx, name: JobName, rows: JobSource): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`Job "${name}" must be enqueued inside TransactionRunner.run`);
    }
    const [queue, jobName, channel] = [1, 2, 3].map((i) => `$${rows.params.length + i}::text`);
    // The job id as `jobId()` builds it. Postgres delivers the notification on commit only, so
    // a rollback wakes no relay.
    await tx.query(
      `WITH ${rows.sql},
            jobs AS (
              INSERT INTO job_outbox (queue, name, entity_id, job_id, payload)
              SELECT ${queue}, ${jobName}, s.entity_id, ${jobName} || '-' || s.entity_id, s.payload
                FROM (${rows.source}) s
              ON CONFLICT DO NOTHING)
       SELECT pg_notify(${channel}, ${jobName})`,
      [...rows.params, JOBS[name].queue, name, JOB_OUTBOX_CHANNEL],
    );
  }
}
