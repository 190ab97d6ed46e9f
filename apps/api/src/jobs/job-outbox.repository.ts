import { Injectable } from '@nestjs/common';
import { queryPrepared } from '@apprenance/db';
import { JOB_OUTBOX_CHANNEL, jobId, JobName, JobPayloads, JOBS } from '@apprenance/jobs';
import { SqlParams, WithQuery } from '../common/database/sql-params';
import { Tx } from '../common/database/transaction';

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
    const asked: WithQuery = (params) =>
      `asked AS (SELECT * FROM json_to_recordset(${params.add(
        JSON.stringify(jobs.map(({ payload, entityId }) => ({ entity_id: entityId, payload }))),
      )}::json) AS j(entity_id text, payload jsonb))`;
    await this.enqueueFrom(tx, name, [asked], 'SELECT entity_id, payload FROM asked');
  }

  /**
   * One job `name` per row of `source`, a query over the `WITH` list `writes` (the feature's
   * rows) giving a text column `entity_id` and a jsonb column `payload`: the rows, their jobs
   * and the relay's wake-up in one statement.
   */
  async enqueueFrom(tx: Tx, name: JobName, writes: WithQuery[], source: string): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`Job "${name}" must be enqueued inside TransactionRunner.run`);
    }
    const params = new SqlParams();
    const withs = writes.map((write) => write(params));
    const [queue, jobName, channel] = [JOBS[name].queue, name, JOB_OUTBOX_CHANNEL].map(
      (value) => `${params.add(value)}::text`,
    );
    // The job id as `jobId()` builds it. Postgres delivers the notification on commit only, so
    // a rollback wakes no relay.
    await queryPrepared(
      tx,
      `WITH ${withs.join(',\n')},
            jobs AS (
              INSERT INTO job_outbox (queue, name, entity_id, job_id, payload)
              SELECT ${queue}, ${jobName}, s.entity_id, ${jobName} || '-' || s.entity_id, s.payload
                FROM (${source}) s
              ON CONFLICT DO NOTHING)
       SELECT pg_notify(${channel}, ${jobName})`,
      params.values,
    );
  }
}
