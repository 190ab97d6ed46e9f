import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { HEARTBEAT_SCHEDULER_ID, jobOptions, QUEUES, redisConnection } from '@apprenance/jobs';
import { requireTestEnv } from '../../../test/support/env';
import { startTestWorker, TestWorker } from '../../../test/support/worker';

describe('worker', () => {
  let testWorker: TestWorker;
  let worker: INestApplicationContext;
  let prefix: string;

  beforeAll(async () => {
    testWorker = await startTestWorker();
    ({ context: worker, prefix } = testWorker);
  });

  afterAll(() => testWorker.close());

  it('schedules one heartbeat, however many times it starts', async () => {
    const queue = worker.get<Queue>(getQueueToken(QUEUES.maintenance));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual([HEARTBEAT_SCHEDULER_ID]);
  });

  it('processes a heartbeat enqueued by another process, reaching Postgres', async () => {
    // A separate producer, as the api would be, on the same Redis prefix.
    const connection = redisConnection(requireTestEnv('redisUrl'));
    const producer = new Queue(QUEUES.maintenance, { connection, prefix: `${prefix}:bull` });
    const events = new QueueEvents(QUEUES.maintenance, { connection, prefix: `${prefix}:bull` });
    try {
      await events.waitUntilReady();
      const job = await producer.add(
        'heartbeat',
        { requestedAt: new Date().toISOString() },
        jobOptions('heartbeat', 'test'),
      );
      const again = await producer.add(
        'heartbeat',
        { requestedAt: new Date().toISOString() },
        jobOptions('heartbeat', 'test'),
      );
      expect(again.id).toBe(job.id);
      const result = await job.waitUntilFinished(events, 15_000);
      expect(Date.parse(result.databaseTime)).not.toBeNaN();
      expect(Date.parse(result.processedAt)).toBeGreaterThanOrEqual(
        Date.parse(job.data.requestedAt),
      );
    } finally {
      await events.close();
      await producer.close();
    }
  });
});
