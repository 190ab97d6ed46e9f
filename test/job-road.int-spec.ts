import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createDataSource } from '@apprenance/db';
import { jobId, QUEUES } from '@apprenance/jobs';
import { TransactionRunner } from '../apps/api/src/common/database/transaction';
import { JobOutboxRepository } from '../apps/api/src/jobs/job-outbox.repository';
import { JobRelay } from '../apps/worker/src/jobs/job-relay';
import { MaintenanceProcessor } from '../apps/worker/src/maintenance/maintenance.processor';
import { requireTestEnv } from './support/env';
import { deleteKeys } from './support/global-teardown';
import { until } from './support/until';
import { startTestWorker, TestWorker } from './support/worker';

/**
 * The api→worker road end to end: the api's enqueuer on one connection pool, a real worker
 * application context on another, one Postgres database and one Redis prefix. The relay's poll
 * and the sweep's timer are an hour (startTestWorker), so only the NOTIFY of a commit (or a
 * direct call here) moves a job.
 */
describe('job road: job_outbox → relay → BullMQ → worker', () => {
  let testWorker: TestWorker;
  let worker: INestApplicationContext;
  let api: DataSource;
  let transactions: TransactionRunner;
  const jobs = new JobOutboxRepository();
  /** Job ids of the runs the worker completed, in order: the honest count of runs. */
  const runs: string[] = [];

  beforeAll(async () => {
    testWorker = await startTestWorker();
    worker = testWorker.context;
    worker
      .get(MaintenanceProcessor)
      .worker.on('completed', (job) => runs.push(job.id ?? '(no id)'));
    api = createDataSource({ url: testWorker.database.url, poolSize: 2 });
    await api.initialize();
    transactions = new TransactionRunner(api);
  });

  afterAll(async () => {
    await api.destroy();
    await testWorker.close();
  });

  const queue = () => worker.get<Queue>(getQueueToken(QUEUES.maintenance));
  const heartbeat = () => ({ requestedAt: new Date().toISOString() });
  const runsOf = (entityId: string) => runs.filter((id) => id === jobId('heartbeat', entityId));
  const outboxRows = (entityId: string) =>
    api.query<{ enqueued: boolean; completed: boolean }[]>(
      `SELECT enqueued_at IS NOT NULL AS enqueued, completed_at IS NOT NULL AS completed
         FROM job_outbox WHERE name = 'heartbeat' AND entity_id = $1`,
      [entityId],
    );
  const commit = (entityId: string) =>
    transactions.run((tx) => jobs.enqueue(tx, 'heartbeat', heartbeat(), entityId));
  /** Waits for the worker to complete the job and mark its row (the jest timeout bounds it). */
  const untilDone = (entityId: string) =>
    until(async () => {
      const [row] = await outboxRows(entityId);
      return Boolean(row?.completed) && runsOf(entityId).length > 0;
    });
  /** Waits until the relay has put the job into BullMQ. */
  const untilRelayed = (entityId: string) =>
    until(async () => Boolean((await outboxRows(entityId))[0]?.enqueued));

  it('refuses to enqueue outside a transaction, and types the payload by job name', async () => {
    await expect(
      // @ts-expect-error a heartbeat's payload has no certificateId: the contracts type it
      jobs.enqueue(api.manager, 'heartbeat', { certificateId: 'c' }, 'outside'),
    ).rejects.toThrow(/inside TransactionRunner\.run/);
  });

  it('enqueues nothing when the transaction rolls back', async () => {
    const rolledBack = randomUUID();
    await expect(
      transactions.run(async (tx) => {
        await jobs.enqueue(tx, 'heartbeat', heartbeat(), rolledBack);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // A later commit is relayed and run; the rolled-back job, older, was never there to relay.
    const committed = randomUUID();
    await commit(committed);
    await untilDone(committed);
    expect(await outboxRows(rolledBack)).toEqual([]);
    expect(await queue().getJobState(jobId('heartbeat', rolledBack))).toBe('unknown');
    expect(runsOf(rolledBack)).toEqual([]);
  });

  it('runs a committed job exactly once, and a second request for it is a no-op', async () => {
    const entityId = randomUUID();
    await commit(entityId);
    await untilDone(entityId);
    // Everything that could enqueue it again runs once more: the api, the relay, the sweep.
    await commit(entityId);
    await worker.get(JobRelay).relayPending();
    expect(await worker.get(JobRelay).sweep()).toEqual([]);
    expect(await outboxRows(entityId)).toEqual([{ enqueued: true, completed: true }]);
    expect(await queue().getJobState(jobId('heartbeat', entityId))).toBe('completed');
    expect(runsOf(entityId)).toHaveLength(1);
  });

  it('gives a row to one relay, and a relay that dies before marking enqueues once', async () => {
    await queue().pause();
    const entityId = randomUUID();
    try {
      await commit(entityId);
      await untilRelayed(entityId);
      // As if the relay had added the job to BullMQ and died before committing its mark.
      await api.query(`UPDATE job_outbox SET enqueued_at = NULL WHERE entity_id = $1`, [entityId]);
      const relay = worker.get(JobRelay);
      const moved = await Promise.all([relay.relayPending(), relay.relayPending()]);
      expect(moved.reduce((a, b) => a + b)).toBe(1);
      expect(await queue().getJobState(jobId('heartbeat', entityId))).toBe('waiting');
    } finally {
      await queue().resume();
    }
    await untilDone(entityId);
    expect(runsOf(entityId)).toHaveLength(1);
  });

  it('re-enqueues from Postgres a job that Redis lost between commit and run', async () => {
    await queue().pause();
    const entityId = randomUUID();
    await commit(entityId);
    await untilRelayed(entityId);
    expect(await queue().getJobState(jobId('heartbeat', entityId))).toBe('waiting');
    // Redis loses everything of this deployment, the pause included.
    await deleteKeys(requireTestEnv('redisUrl'), `${testWorker.prefix}:*`);
    expect(await queue().getJobState(jobId('heartbeat', entityId))).toBe('unknown');

    const restored = await worker.get(JobRelay).sweep();
    expect(restored.map((job) => job.entityId)).toEqual([entityId]);
    await untilDone(entityId);
    expect(await worker.get(JobRelay).sweep()).toEqual([]);
    expect(runsOf(entityId)).toHaveLength(1);
  });
});
