import { randomBytes } from 'node:crypto';

/** Variables the global setup hands to the test files (jest runs them in other processes). */
export const TEST_ENV = {
  postgresUrl: 'APPRENANCE_TEST_POSTGRES_URL',
  redisUrl: 'APPRENANCE_TEST_REDIS_URL',
  template: 'APPRENANCE_TEST_TEMPLATE',
  run: 'APPRENANCE_TEST_RUN',
} as const;

export function requireTestEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value)
    throw new Error(`${TEST_ENV[name]} is not set: run the tests through jest's global setup`);
  return value;
}

/** The same server, database `postgres`: for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

/** A Redis key prefix of this run (unique per call); the global teardown deletes its keys. */
export function testRedisPrefix(): string {
  return `${REDIS_RUN_PREFIX}${requireTestEnv('run')}:${randomBytes(6).toString('hex')}`;
}

export const REDIS_RUN_PREFIX = 'apprenance-test:';
