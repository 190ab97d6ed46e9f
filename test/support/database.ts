import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl, requireTestEnv } from './env';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: fast, and isolated from other files. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requireTestEnv('postgresUrl');
  const name = `apprenance_t${randomBytes(4).toString('hex')}_${requireTestEnv('run')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${requireTestEnv('template')}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl(serverUrl) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
