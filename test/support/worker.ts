import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@apprenance/config';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase, TestDatabase } from './database';
import { requireTestEnv, testRedisPrefix } from './env';

export interface TestWorker {
  context: INestApplicationContext;
  database: TestDatabase;
  /** The Redis prefix of this worker's keys. */
  prefix: string;
  close(): Promise<void>;
}

/**
 * A real worker application context on its own database and Redis prefix. Schedules default to
 * an hour so that a test decides when things happen; `env` overrides any variable. Given
 * `databaseUrl` (a test api's), it works on that database and leaves it to its owner.
 */
export async function startTestWorker(
  env: Record<string, string> = {},
  databaseUrl?: string,
): Promise<TestWorker> {
  const database: TestDatabase = databaseUrl
    ? { url: databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const prefix = testRedisPrefix();
  const context = await startWorkerContext(database.url, prefix, env);
  return {
    context,
    database,
    prefix,
    close: async () => {
      await context.close();
      await database.drop();
    },
  };
}

/** A worker application context on a given database and Redis prefix. */
export async function startWorkerContext(
  databaseUrl: string,
  prefix: string,
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const config = loadConfig({
    PUBLIC_URL: 'http://127.0.0.1:3000',
    DATABASE_URL: databaseUrl,
    REDIS_URL: requireTestEnv('redisUrl'),
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    HEARTBEAT_EVERY: '1h',
    JOB_RELAY_POLL_EVERY: '1h',
    JOB_SWEEP_EVERY: '1h',
    ...env,
  });
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: false,
  });
  await context.init();
  return context;
}
