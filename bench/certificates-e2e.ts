/**
 * End-to-end issuing benchmark: API requests (one per cohort of 10) → pending rows and their
 * jobs → relay → BullMQ → 2 worker processes render the PDF/A with its signed credential →
 * stored → `issued`. Prints certificates per second and each worker's resident memory.
 *
 *   npm run bench:certificates:e2e             # 1,000 certificates
 *   npm run bench:certificates:e2e -- --10k    # 10,000 certificates
 *
 * Needs the build (`npm run build:ts`), Postgres (DATABASE_URL, a database is created and
 * dropped) and `redis-server` on PATH (its own instance, on a free port).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { certificateStack } from './certificates/e2e-stack';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, in MiB (Linux). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

async function main(): Promise<void> {
  const n = process.argv.includes('--10k') ? 10_000 : 1_000;
  console.log(`Seeding ${n} eligible participants in ${n / 10} cohorts…`);
  const stack = await certificateStack({ participants: n, workerEnv: { WORKER_CONCURRENCY: '2' } });
  try {
    const workers = [stack.startWorker(), stack.startWorker()];
    await sleep(5_000); // both workers connected and idle before the clock starts
    const peak = workers.map(() => 0);
    const idle = workers.map((w) => rssMiB(w.pid!));
    const sampler = setInterval(() => {
      workers.forEach((w, i) => (peak[i] = Math.max(peak[i], rssMiB(w.pid!))));
    }, 250);

    const started = performance.now();
    await stack.issueAll();
    const requested = performance.now();
    let counts: Record<string, number> = {};
    // Each worker's peak while the first 1,000 were issued: against the peak at the end, what
    // 9,000 more certificates added to the same processes (memory flat or growing with volume).
    let peakAtFirstThousand: number[] | undefined;
    for (;;) {
      counts = await stack.counts();
      if (!peakAtFirstThousand && (counts.issued ?? 0) >= 1_000) peakAtFirstThousand = [...peak];
      if ((counts.issued ?? 0) + (counts.failed ?? 0) >= n) break;
      await sleep(100);
    }
    const done = performance.now();
    clearInterval(sampler);
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
          workerRssMiB: workers.map((w, i) => ({
            idle: idle[i],
            peakAtFirstThousand: peakAtFirstThousand?.[i],
            peak: peak[i],
            end: rssMiB(w.pid!),
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
