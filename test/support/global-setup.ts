// First: makes the imports below load the sources, not a possibly stale build.
import './source-modules';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '@apprenance/db';
import { DATA_DIR } from '../../libs/devstack/src/paths';
import { resolvePostgres } from '../../libs/devstack/src/postgres';
import { resolveRedis } from '../../libs/devstack/src/redis';
import { ResolvedService } from '../../libs/devstack/src/service';
import { adminUrl, TEST_ENV } from './env';

declare global {
  // Services started for this run, stopped by the global teardown.
  var __APPRENANCE_SERVICES__: ResolvedService[] | undefined;
}

/**
 * Resolves Postgres and Redis the way `npm start` does (DATABASE_URL or an embedded
 * Postgres; REDIS_URL, localhost:6379 or a redis-server from PATH), then builds one migrated
 * template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const postgres = await resolvePostgres({
    dataDir: path.join(DATA_DIR, 'test-postgres'),
    database: 'postgres',
  });
  const redis = await resolveRedis({ workDir: path.join(DATA_DIR, 'test-redis') });
  globalThis.__APPRENANCE_SERVICES__ = [redis, postgres];

  const template = `apprenance_tpl_${run}`;
  process.env[TEST_ENV.postgresUrl] = postgres.url;
  process.env[TEST_ENV.redisUrl] = redis.url;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.run] = run;

  const admin = new Client({ connectionString: adminUrl(postgres.url) });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const url = new URL(postgres.url);
  url.pathname = `/${template}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
