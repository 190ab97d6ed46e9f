import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { loadConfig } from '@apprenance/config';
import { HEARTBEAT_SCHEDULER_ID, jobOptions, QUEUES, redisConnection } from '@apprenance/jobs';
import { createTestDatabase, TestDatabase } from '../../../test/support/database';
import { requireTestEnv, testRedisPrefix } from '../../../test/support/env';
import { WorkerModule } from './worker.module';

describe('worker', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let prefix: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    prefix = testRedisPrefix();
    const config = loadConfig({
      PUBLIC_URL: 'http://127.0.0.1:3000',
      DATABASE_URL: database.url,
      REDIS_URL: requireTestEnv('redisUrl'),
      REDIS_PREFIX: prefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      HEARTBEAT_EVERY: '1h',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
    await database.drop();
  });

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
