/**
 * `npm run db:backup-check`: proves that a backup restores. On a scratch database of the
 * DATABASE_URL server (never the real one): migrate, seed the demo data, fingerprint it, back
 * it up with `pg_dump`, wipe the database, restore it with `pg_restore`, fingerprint again and
 * compare schema, every table's rows and the sequences. Exits 1 on any difference.
 * pg_dump/pg_restore must be on PATH and at least the server's major version.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'apps', 'api', 'dist', 'cli.js');

interface Fingerprint {
  schema: string;
  tables: Record<string, string>;
  sequences: Record<string, string>;
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('DATABASE_URL is not set (npm run db:backup-check sets it)');
  const name = `apprenance_backup_check_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(server, name);
  const work = await mkdtemp(path.join(os.tmpdir(), 'apprenance-backup-'));
  const dump = path.join(work, `${name}.dump`);
  await admin(server, `CREATE DATABASE "${name}"`);
  try {
    const env = { ...process.env, ...seedEnv(url, work) };
    await run(process.execPath, [CLI, 'migrate'], { env });
    await run(process.execPath, [CLI, 'seed-demo'], { env, maxBuffer: 16 * 1024 * 1024 });
    const before = await fingerprint(url);

    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, url]);
    await admin(server, `DROP DATABASE "${name}" WITH (FORCE)`);
    await admin(server, `CREATE DATABASE "${name}"`);
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`, dump]);
    const after = await fingerprint(url);

    const differences = compare(before, after);
    const rows = Object.values(before.tables).reduce((sum, t) => sum + Number(t.split(' ')[0]), 0);
    console.log(
      `${Object.keys(before.tables).length} tables, ${rows} rows, ` +
        `${Object.keys(before.sequences).length} sequences backed up and restored`,
    );
    if (differences.length) {
      console.error(`Restore differs from the original:\n  ${differences.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('Restore identical: schema, every row of every table, sequences.');
    }
  } finally {
    await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await rm(work, { recursive: true, force: true });
  }
}

/** What the api's cli needs to seed the demo, its files kept in the scratch folder. */
function seedEnv(url: string, work: string): Record<string, string> {
  return {
    DATABASE_URL: url,
    PUBLIC_URL: 'http://127.0.0.1:3000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    REDIS_PREFIX: `apprenance-backup-check-${randomBytes(4).toString('hex')}`,
    STORAGE_LOCAL_DIR: path.join(work, 'files'),
    LOG_LEVEL: 'warn',
  };
}

/** The schema as pg_dump prints it, each table's row count and checksum, each sequence. */
async function fingerprint(url: string): Promise<Fingerprint> {
  const { stdout: schema } = await run('pg_dump', ['--schema-only', '--no-owner', url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, string> = {};
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    for (const { name } of rows) {
      const {
        rows: [row],
      } = await client.query<{ count: string; sum: string | null }>(
        `SELECT count(*) AS count, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM ${name} t`,
      );
      tables[name] = `${row.count} rows, md5 ${row.sum ?? '-'}`;
    }
    const sequences: Record<string, string> = {};
    const { rows: seqs } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const { name, value } of seqs) sequences[name] = value ?? 'unused';
    return { schema: withoutDumpNoise(schema), tables, sequences };
  } finally {
    await client.end();
  }
}

/** pg_dump prints a random restrict key in each output (PostgreSQL ≥ 17.6): not a difference. */
function withoutDumpNoise(schema: string): string {
  return schema.replace(/^\\(un)?restrict .*$/gm, '');
}

function compare(before: Fingerprint, after: Fingerprint): string[] {
  const differences: string[] = [];
  if (before.schema !== after.schema) differences.push('schema');
  for (const kind of ['tables', 'sequences'] as const) {
    const names = new Set([...Object.keys(before[kind]), ...Object.keys(after[kind])]);
    for (const name of names) {
      if (before[kind][name] !== after[kind][name]) {
        differences.push(`${name}: ${before[kind][name]} → ${after[kind][name]}`);
      }
    }
  }
  return differences;
}

function withDatabase(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(server: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(server, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
