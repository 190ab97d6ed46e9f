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
  async enqueue<N extends JobName>(
    tx: Tx,
    name: N,
    payload: JobPayloads[N],
    entityId: string,
  ): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`Job "${name}" must be enqueued inside TransactionRunner.run`);
    }
    await tx
      .createQueryBuilder()
      .insert()
      .into(JobOutboxEntity)
      .values({ queue: JOBS[name].queue, name, entityId, jobId: jobId(name, entityId), payload })
      .orIgnore()
      .execute();
    // Postgres delivers the notification on commit only, so a rollback wakes no relay.
    await tx.query('SELECT pg_notify($1, $2)', [JOB_OUTBOX_CHANNEL, name]);
  }
}
