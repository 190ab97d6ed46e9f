import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { findOnPath, spawnRedis } from '../libs/devstack/src/redis';
import type { ResolvedService } from '../libs/devstack/src/service';
import { createTestApp, TestApp } from './support/app';
import { certifiableCohort, signingEnv } from './support/certificates';
import { until } from './support/until';
import { killWorker, spawnWorker, stopWorker } from './support/worker-process';

/**
 * Postgres is the truth, Redis only carries work: a worker killed with SIGKILL in the middle of
 * a batch, and Redis emptied, still end with every certificate issued exactly once, and the
 * stored files exactly those of the issued rows. Its own redis-server, so that flushing it
 * disturbs nobody.
 */
describe('certificates survive a killed worker and an emptied Redis', () => {
  let dir: string;
  let redis: ResolvedService;
  let ctx: TestApp;
  const workers: ChildProcess[] = [];

  const workerEnv = () => ({
    ...signingEnv(),
    DATABASE_URL: ctx.databaseUrl,
    REDIS_URL: redis.url,
    REDIS_PREFIX: ctx.redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://127.0.0.1:3000',
    STORAGE_LOCAL_DIR: path.join(dir, 'files'),
    WORKER_CONCURRENCY: '1',
    JOB_SWEEP_EVERY: '1h',
    CERTIFICATE_RECONCILE_EVERY: '1s',
    CERTIFICATE_STALE_AFTER: '2s',
  });
  const start = () => {
    const worker = spawnWorker(workerEnv());
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apprenance-certificates-recovery-'));
    const server = findOnPath('redis-server');
    if (!server) throw new Error('redis-server is not on PATH');
    redis = await spawnRedis(server, path.join(dir, 'redis'));
    ctx = await createTestApp({
      env: { ...signingEnv(), REDIS_URL: redis.url, STORAGE_LOCAL_DIR: path.join(dir, 'files') },
    });
  });
  afterAll(async () => {
    await Promise.all(workers.map(stopWorker));
    await ctx?.close();
    await redis?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const counts = async (cohortId: string) => {
    const rows: { status: string; n: string }[] = await ctx.dataSource.query(
      `SELECT status, count(*) AS n FROM certificates WHERE cohort_id = $1 GROUP BY status`,
      [cohortId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  };

  it('issues each once after SIGKILL mid-batch and FLUSHALL', async () => {
    const cohort = await certifiableCohort(ctx, 4);
    const admin = await ctx.factory.user({ role: 'admin' });
    await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.cohortId}/certificate-batches`)
      .set('Authorization', `Bearer ${await ctx.tokenFor({ id: admin.id, role: 'admin' })}`)
      .expect(202);

    const first = start();
    await until(async () => ((await counts(cohort.cohortId)).issued ?? 0) >= 1);
    await killWorker(first);
    const atKill = await counts(cohort.cohortId);
    const client = new Redis(redis.url);
    await client.flushall();
    client.disconnect();

    start();
    await until(async () => (await counts(cohort.cohortId)).issued === cohort.eligible.length);

    expect(atKill.pending).toBeGreaterThan(0);
    const rows: { participant_id: string; status: string; storage_key: string }[] =
      await ctx.dataSource.query(
        `SELECT participant_id, status, storage_key FROM certificates WHERE cohort_id = $1`,
        [cohort.cohortId],
      );
    expect(rows.map((r) => r.participant_id).sort()).toEqual([...cohort.eligible].sort());
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['issued']));
    // The stored files are exactly the issued rows' files: nothing orphaned, nothing missing.
    // (A write cut by the kill leaves the local driver's `.partial` temporary file: not a file.)
    const stored = (await readdir(path.join(dir, 'files', 'certificates', cohort.cohortId))).filter(
      (name) => !name.endsWith('.partial'),
    );
    expect(stored.sort()).toEqual(rows.map((r) => path.basename(r.storage_key)).sort());
  });
});
