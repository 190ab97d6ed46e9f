import { Client } from 'pg';
import { adminUrl, TEST_ENV } from './env';

/** Drops the databases this run created (left behind only by crashed test files) and stops services. */
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
  for (const service of globalThis.__APPRENANCE_SERVICES__ ?? []) await service.stop();
}
