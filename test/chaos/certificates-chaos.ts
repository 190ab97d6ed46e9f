/**
 * Chaos run of certificate issuing (a script, not a test: run it by hand, write its figures in
 * docs/reliability.md):
 *
 *   npm run chaos:certificates             # 2,000 certificates
 *
 * 2,000 eligible participants are issued in one request per cohort; while 2 worker processes
 * render them, a random worker is killed with SIGKILL (and replaced) at random moments while
 * certificates are in flight (after 5-85 % of them are issued), 4 times, and the redis-server (this run's own, never the shared one) is restarted
 * empty once. At the end: issued, failed, duplicates, lost, orphan or missing files, and the
 * time from the last disruption to the last certificate issued.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { certificateStack } from '../../bench/certificates/e2e-stack';
import { spawnRedis, findOnPath } from '../../libs/devstack/dist/redis';
import { killWorker } from '../support/worker-process';

const N = Number(process.env.CHAOS_CERTIFICATES ?? 2_000);
const KILLS = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const randomBetween = (min: number, max: number) => min + Math.random() * (max - min);

async function main(): Promise<void> {
  const stack = await certificateStack({
    participants: N,
    workerEnv: {
      WORKER_CONCURRENCY: '2',
      CERTIFICATE_RECONCILE_EVERY: '2s',
      CERTIFICATE_STALE_AFTER: '10s',
      JOB_SWEEP_EVERY: '5s',
    },
  });
  const events: string[] = [];
  const t0 = performance.now();
  const at = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  try {
    const workers = [stack.startWorker(), stack.startWorker()];
    await stack.issueAll();
    events.push(`${at()}: ${N} certificates asked for`);
    let lastDisruption = performance.now();
    // Each disruption falls while certificates are in flight: once a random share of them
    // (5-85 %) is issued. Timed disruptions all came after the last one was issued once the
    // pipeline got fast.
    const moments = Array.from({ length: KILLS }, () => Math.floor(randomBetween(0.05, 0.85) * N));
    for (const [index, moment] of moments.sort((a, b) => a - b).entries()) {
      const kill = index + 1;
      while (((await stack.counts()).issued ?? 0) < moment) await sleep(50);
      const victim = Math.floor(Math.random() * workers.length);
      await killWorker(workers[victim]);
      workers[victim] = stack.startWorker();
      lastDisruption = performance.now();
      events.push(
        `${at()}: worker ${victim} killed (SIGKILL), a new one started; ${JSON.stringify(await stack.counts())}`,
      );
      if (kill === 2) {
        const port = new URL(stack.redis.url).port;
        await stack.redis.stop();
        const server = findOnPath('redis-server')!;
        stack.redis = await spawnRedis(
          server,
          path.join(process.env.TMPDIR ?? '/tmp', `chaos-redis-${port}`),
          Number(port),
        );
        lastDisruption = performance.now();
        events.push(`${at()}: Redis restarted empty (every queued job lost)`);
      }
    }
    let counts: Record<string, number> = {};
    for (;;) {
      counts = await stack.counts();
      if ((counts.issued ?? 0) + (counts.failed ?? 0) >= N) break;
      await sleep(200);
    }
    const recovered = (performance.now() - lastDisruption) / 1000;
    events.push(`${at()}: all ${N} done`);
    const rows: { participant_id: string; storage_key: string | null; status: string }[] =
      await stack.db.query(`SELECT participant_id, storage_key, status::text FROM certificates`);
    const issued = rows.filter((r) => r.status === 'issued');
    const eligible: { n: number }[] = await stack.db.query(
      `SELECT count(*)::int AS n FROM cohort_pairs`,
    );
    const participants = eligible[0].n * 2;
    const certified = new Set(issued.map((r) => r.participant_id));
    const report = {
      certificates: N,
      issued: issued.length,
      failed: counts.failed ?? 0,
      duplicates: issued.length - certified.size + (await stack.duplicates()),
      lost: participants - certified.size - (counts.failed ?? 0),
      issuedWithoutFile: issued.filter(
        (r) => !r.storage_key || !existsSync(stack.fileOf(r.storage_key)),
      ).length,
      orphanFiles: stack.storedFiles().length - issued.length,
      secondsFromLastDisruptionToAllIssued: Number(recovered.toFixed(1)),
      totalSeconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
      events,
    };
    console.log(JSON.stringify(report, null, 2));
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
