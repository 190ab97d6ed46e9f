import { Client } from 'pg';
import Redis from 'ioredis';
import { adminUrl, REDIS_RUN_PREFIX, TEST_ENV } from './env';

/** Drops what this run left in Postgres (crashed test files) and Redis, and stops services. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env[TEST_ENV.run];
  const url = process.env[TEST_ENV.postgresUrl];
  if (run && url) {
    const admin = new Client({ connectionString: adminUrl(url) });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`apprenance\\_%\\_${run}%`],
    );
    for (const { datname } of rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  const redisUrl = process.env[TEST_ENV.redisUrl];
  if (run && redisUrl) await deleteKeys(redisUrl, `${REDIS_RUN_PREFIX}${run}:*`);
  for (const service of globalThis.__APPRENANCE_SERVICES__ ?? []) await service.stop();
}

/** Queues, schedules and rate-limit counters of this run would otherwise stay in a shared Redis. */
export async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
