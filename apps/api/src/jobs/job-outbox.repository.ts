import { Injectable } from '@nestjs/common';
import { JobOutboxEntity } from '@apprenance/db';
import { JOB_OUTBOX_CHANNEL, jobId, JobName, JobPayloads, JOBS } from '@apprenance/jobs';
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
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`Job "${name}" must be enqueued inside TransactionRunner.run`);
    }
    if (jobs.length === 0) return;
    const [insert, params] = tx
      .createQueryBuilder()
      .insert()
      .into(JobOutboxEntity)
      .values(
        jobs.map(({ payload, entityId }) => ({
          queue: JOBS[name].queue,
          name,
          entityId,
          jobId: jobId(name, entityId),
          payload,
        })),
      )
      .orIgnore()
      .getQueryAndParameters();
    // One round trip for the rows and the relay's wake-up. Postgres delivers the notification
    // on commit only, so a rollback wakes no relay.
    const next = params.length + 1;
    await tx.query(`WITH inserted AS (${insert}) SELECT pg_notify($${next}, $${next + 1})`, [
      ...params,
      JOB_OUTBOX_CHANNEL,
      name,
    ]);
  }
}
