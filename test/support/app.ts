import type { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@apprenance/config';
import { createApp } from '../../apps/api/src/app.setup';
import { TokenClaims } from '../../apps/api/src/auth/auth.service';
import { createTestDatabase } from './database';
import { requireTestEnv, testRedisPrefix } from './env';
import { Factory } from './factory';

export interface TestAppOptions {
  /** Listen on a free port (browser tests); otherwise requests go through supertest in-process. */
  listen?: boolean;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  factory: Factory;
  /** Base URL when listening, e.g. http://127.0.0.1:43123. */
  url: string;
  /** The Redis key prefix of this app, unique to the test file. */
  redisPrefix: string;
  /** Its database, e.g. for a test worker working beside it. */
  databaseUrl: string;
  http(): ReturnType<typeof request>;
  /** A valid bearer token for a user, signed like the login endpoint does. */
  tokenFor(user: { id: string; role: TokenClaims['role']; tokenVersion?: number }): Promise<string>;
  close(): Promise<void>;
}

/** The api's configuration for a test file: its own database, Redis prefix and storage folder. */
export function testConfig(
  databaseUrl: string,
  redisPrefix: string,
  env: Record<string, string> = {},
): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://127.0.0.1:3000',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: requireTestEnv('redisUrl'),
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    LOGIN_MAX_PER_IP_PER_MINUTE: '1000',
    LOGIN_MAX_PER_EMAIL_PER_15_MINUTES: '1000',
    STORAGE_LOCAL_DIR: path.join(os.tmpdir(), 'apprenance-test', redisPrefix.replace(/:/g, '-')),
    ADMIN_DIST_DIR: path.resolve(__dirname, '..', '..', 'apps', 'admin', 'dist'),
    ...env,
  });
}

/** The whole api on its own cloned database and Redis prefix. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const redisPrefix = testRedisPrefix();
  const config = testConfig(database.url, redisPrefix, options.env);
  const app = await createApp(config);
  let url = '';
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }
  return {
    app,
    dataSource: app.get(DataSource),
    factory: new Factory(app),
    url,
    redisPrefix,
    databaseUrl: database.url,
    http: () => request(app.getHttpServer()),
    tokenFor: (user) =>
      app.get(JwtService).signAsync({
        sub: user.id,
        role: user.role,
        ver: user.tokenVersion ?? 0,
      } satisfies TokenClaims),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
