import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const WORKER_MAIN = path.resolve(__dirname, '..', '..', 'apps', 'worker', 'dist', 'main.js');

/** A real worker process (the built one), as production runs it: killable with SIGKILL. */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: 'ignore',
  });
}

/** Kills a worker at once, as a crash or an OOM killer would, and waits for it to be gone. */
export function killWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    worker.kill('SIGKILL');
  });
}

/** Stops a worker the polite way: it finishes its current jobs first. */
export function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    worker.kill('SIGTERM');
  });
}
