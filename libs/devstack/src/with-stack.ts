/**
 * `node with-stack.js <command…>` runs a command with DATABASE_URL and REDIS_URL set the way
 * `npm start` resolves them (the embedded Postgres by default), e.g. for the migration scripts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DATA_DIR, REPO_ROOT } from './paths';
import { resolvePostgres } from './postgres';
import { resolveRedis } from './redis';
import { StackError } from './service';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new StackError('Usage: with-stack <command> [args…]');
  const postgres = await resolvePostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    database: 'apprenance',
  });
  try {
    const redis = await resolveRedis({ workDir: path.join(DATA_DIR, 'redis') });
    try {
      const env = { ...process.env, DATABASE_URL: postgres.url, REDIS_URL: redis.url };
      const child = spawn(command, args, { env, cwd: REPO_ROOT, stdio: 'inherit', shell: false });
      return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
    } finally {
      await redis.stop();
    }
  } finally {
    await postgres.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StackError ? error.message : error);
    process.exit(1);
  },
);
