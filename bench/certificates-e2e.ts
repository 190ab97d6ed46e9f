/**
 * End-to-end issuing benchmark: API requests (one per cohort of 10) → pending rows and their
 * jobs → relay → BullMQ → 2 worker processes render the PDF/A with its signed credential →
 * stored → `issued`. Prints certificates per second, the CPU each part of the pipeline used per
 * certificate (which a loaded machine distorts less than wall time) and each worker's resident
 * memory at 1,000 and 5,000 certificates and at the end (flat, or growing with volume).
 *
 *   npm run bench:certificates:e2e             # 1,000 certificates
 *   npm run bench:certificates:e2e -- --10k    # 10,000 certificates
 *
 * Needs the build (`npm run build:ts`), Postgres (DATABASE_URL, a database is created and
 * dropped) and `redis-server` on PATH (its own instance, on a free port).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import Redis from 'ioredis';
import { CertificateStack, certificateStack } from './certificates/e2e-stack';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, in MiB (Linux). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

/** CPU time (user + system) a process has used, in ms (Linux, 100 clock ticks a second). */
function cpuMs(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // gone: a backend that ended during the run (its CPU goes uncounted)
  }
}

/** Issued counts at which each worker's peak RSS so far is reported. */
const MILESTONES = [1_000, 5_000];

async function main(): Promise<void> {
  const n = process.argv.includes('--10k') ? 10_000 : 1_000;
  console.log(`Seeding ${n} eligible participants in ${n / 10} cohorts…`);
  const stack = await certificateStack({ participants: n, workerEnv: { WORKER_CONCURRENCY: '2' } });
  try {
    const workers = [stack.startWorker(), stack.startWorker()];
    await sleep(5_000); // both workers connected and idle before the clock starts
    const peak = workers.map(() => 0);
    const idle = workers.map((w) => rssMiB(w.pid!));
    const cpuBefore = await cpuOfProcesses(stack, workers);
    const sampler = setInterval(() => {
      workers.forEach((w, i) => {
        // A worker that died (out of memory…) is reported as such at the end, not read here.
        if (w.exitCode === null && w.signalCode === null) {
          peak[i] = Math.max(peak[i], rssMiB(w.pid!));
        }
      });
    }, 250);

    const started = performance.now();
    await stack.issueAll();
    const requested = performance.now();
    let counts: Record<string, number> = {};
    // Each worker's peak while the first 1,000 (5,000) were issued: against the peak at the end,
    // what more certificates added to the same processes (memory flat or growing with volume).
    const peakAt: Record<number, number[]> = {};
    for (;;) {
      counts = await stack.counts();
      for (const milestone of MILESTONES) {
        if (!peakAt[milestone] && (counts.issued ?? 0) >= milestone) peakAt[milestone] = [...peak];
      }
      if ((counts.issued ?? 0) + (counts.failed ?? 0) >= n) break;
      await sleep(100);
    }
    const done = performance.now();
    clearInterval(sampler);
    const cpuAfter = await cpuOfProcesses(stack, workers);
    const seconds = (done - started) / 1000;
    console.log(
      JSON.stringify(
        {
          machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, node ${process.version}`,
          certificates: n,
          requests: stack.cohortIds.length,
          requestsSeconds: Number(((requested - started) / 1000).toFixed(2)),
          totalSeconds: Number(seconds.toFixed(2)),
          certificatesPerSecond: Number((n / seconds).toFixed(1)),
          issued: counts.issued ?? 0,
          failed: counts.failed ?? 0,
          duplicates: await stack.duplicates(),
          cpuMsPerCertificate: perCertificate(cpuBefore, cpuAfter, n),
          certificatesIndexScansPerCertificate: Number(((await indexScans(stack)) / n).toFixed(1)),
          workerRssMiB: workers.map((w, i) => ({
            idle: idle[i],
            ...Object.fromEntries(MILESTONES.map((m) => [`peakAt${m}`, peakAt[m]?.[i]])),
            peak: peak[i],
            end: w.exitCode === null && w.signalCode === null ? rssMiB(w.pid!) : 'exited',
          })),
        },
        null,
        2,
      ),
    );
  } finally {
    await stack.close();
  }
}

/**
 * CPU used so far by each part of the pipeline, in ms: the workers, this process (the api and
 * the bench's own polling), the run's redis-server and each Postgres backend of its database
 * (by application: the api's backends serve the bench's polling too).
 */
async function cpuOfProcesses(
  stack: CertificateStack,
  workers: ChildProcess[],
): Promise<Record<string, number>> {
  const usage = process.cpuUsage();
  const backends: { pid: number; app: string }[] = await stack.db.query(
    `SELECT pid, application_name AS app FROM pg_stat_activity WHERE datname = current_database()`,
  );
  const redis = new Redis(stack.redis.url);
  const info = await redis.info('cpu').finally(() => redis.disconnect());
  const redisSeconds = [...info.matchAll(/used_cpu_(?:sys|user):([\d.]+)/g)];
  return {
    ...Object.fromEntries(workers.map((w, i) => [`worker${i + 1}`, cpuMs(w.pid!)])),
    api: (usage.user + usage.system) / 1000,
    redis: redisSeconds.reduce((sum, match) => sum + Number(match[1]) * 1000, 0),
    ...Object.fromEntries(backends.map(({ pid, app }) => [`postgres ${app}:${pid}`, cpuMs(pid)])),
  };
}

/**
 * Index scans of the certificates table so far: a handful per certificate when each statement
 * finds its row by id; a count that grows with the queue means a plan iterating over it.
 */
async function indexScans(stack: CertificateStack): Promise<number> {
  const [row] = await stack.db.query(
    `SELECT idx_scan::int AS n FROM pg_stat_user_tables WHERE relname = 'certificates'`,
  );
  return row.n;
}

/** CPU ms per certificate of each part, the Postgres backends summed per client application. */
function perCertificate(
  before: Record<string, number>,
  after: Record<string, number>,
  n: number,
): Record<string, number> {
  const used: Record<string, number> = {};
  for (const [name, ms] of Object.entries(after)) {
    const part = name.replace(/:\d+$/, '');
    used[part] = (used[part] ?? 0) + ms - (before[name] ?? 0);
  }
  used.total = Object.values(used).reduce((sum, ms) => sum + ms, 0);
  return Object.fromEntries(
    Object.entries(used).map(([part, ms]) => [part, Number((ms / n).toFixed(2))]),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
