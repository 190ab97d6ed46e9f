import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Redis from 'ioredis';
import { freePort, sleep } from './net';
import { ResolvedService, StackError } from './service';

const LOCAL_DEFAULT = 'redis://127.0.0.1:6379';

/**
 * REDIS_URL if set; else a Redis answering on localhost:6379; else a `redis-server` from
 * PATH started on a free port (nothing kept on disk); else a StackError saying how to get one.
 */
export async function resolveRedis(options: { workDir: string }): Promise<ResolvedService> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) return { url: fromEnv, origin: 'REDIS_URL', stop: async () => undefined };
  if (await answersPing(LOCAL_DEFAULT)) {
    return { url: LOCAL_DEFAULT, origin: 'Redis on localhost:6379', stop: async () => undefined };
  }
  const binary = findOnPath('redis-server');
  if (!binary) {
    throw new StackError(
      'No Redis found: REDIS_URL is not set, nothing answers on localhost:6379 and there is no ' +
        'redis-server on PATH.\nInstall one (Debian/Ubuntu: `sudo apt-get install redis-server`, ' +
        'macOS: `brew install redis`), or run `docker run -p 6379:6379 redis:7`, or set REDIS_URL.',
    );
  }
  return spawnRedis(binary, options.workDir);
}

/** A `redis-server` child process on `port` (a free one by default), nothing kept on disk. */
export async function spawnRedis(
  binary: string,
  workDir: string,
  port?: number,
): Promise<ResolvedService> {
  port ??= await freePort();
  await mkdir(workDir, { recursive: true });
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      workDir,
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await answersPing(url)) {
      return {
        url,
        origin: `${binary} (started on port ${port})`,
        stop: () => stopChild(child),
      };
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new StackError(`${binary} did not answer on port ${port} within 5 seconds.`);
}

function stopChild(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
