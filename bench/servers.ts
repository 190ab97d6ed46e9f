/** Processes the benchmarks start and measure: the built api, the reference server. */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Server {
  url: string;
  pid: number;
  stop(): void;
}

/** CPU time (user + system) the process has used so far, in ms (Linux clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** Whether anything answers at `url` (any status). */
function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    () => true,
    () => false,
  );
}

/**
 * Starts `node <args>` and waits until `readyUrl` answers (any status). Refuses to start when
 * something already answers there: its figures would be measured against the wrong server.
 */
export async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  url: string,
  readyPath = '/',
): Promise<Server> {
  if (await answers(url + readyPath))
    throw new Error(`${name}: ${url} already answers; stop it or set BENCH_PORT`);
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code}`))),
  );
  exited.catch(() => undefined);
  for (let attempt = 0; attempt < 300; attempt++) {
    const up = await Promise.race([answers(url + readyPath), exited]);
    if (up) return { url, pid: child.pid as number, stop: () => child.kill() };
    await sleep(200);
  }
  child.kill();
  throw new Error(`${name} did not start`);
}

/** The built api (apps/api/dist) on this database, with a Redis prefix of its own. */
export function startApi(databaseUrl: string, jwtSecret: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  return startProcess(
    'api',
    // e.g. BENCH_API_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the api.
    [
      ...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      'apps/api/dist/main.js',
    ],
    {
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `bench-${process.pid}`,
      JWT_SECRET: jwtSecret,
      PUBLIC_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      // The benchmarks sign in a handful of times from one address.
      LOGIN_MAX_PER_IP_PER_MINUTE: '1000',
    },
    url,
    '/api/health',
  );
}
