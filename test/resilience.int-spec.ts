import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createDataSource } from '@apprenance/db';
import { createApp } from '../apps/api/src/app.setup';
import { TransactionRunner } from '../apps/api/src/common/database/transaction';
import { JobOutboxRepository } from '../apps/api/src/jobs/job-outbox.repository';
import { freePort, sleep } from '../libs/devstack/src/net';
import { findOnPath, spawnRedis } from '../libs/devstack/src/redis';
import type { ResolvedService } from '../libs/devstack/src/service';
import { testConfig } from './support/app';
import { testRedisPrefix } from './support/env';
import { startPostgresProcess } from './support/postgres-process';
import { startWorkerContext } from './support/worker';
import { Factory } from './support/factory';
import { expectProblem } from './support/problem';

/**
 * Postgres and Redis going away and coming back, under a running api. The test starts its own
 * embedded Postgres cluster and `redis-server` on free ports, so stopping them disturbs nobody
 * (the machine's shared services are never touched).
 */
describe('resilience: Postgres and Redis going away and coming back', () => {
  let dir: string;
  let postgres: { service: ResolvedService; start(): Promise<ResolvedService> };
  let redis: { service: ResolvedService; start(): Promise<ResolvedService> };
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let admin: { email: string; password: string; token: string };

  /** A request that fails the test instead of hanging: "fail fast" is part of the contract. */
  const http = () => request(app.getHttpServer());
  const health = () => http().get('/api/health').timeout(10_000);
  const listUsers = () =>
    http().get('/api/v1/users').set('Authorization', `Bearer ${admin.token}`).timeout(10_000);
  const login = ({ email, password }: { email: string; password: string } = admin) =>
    http().post('/api/v1/auth/login').send({ email, password }).timeout(10_000);

  /** Polls until a condition holds, without anyone restarting anything. */
  async function eventually(what: string, holds: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 60; attempt++) {
      if (await holds()) return;
      await sleep(500);
    }
    throw new Error(`${what} did not happen within 30 seconds`);
  }
  const recovered = () =>
    eventually('the api recovering', async () => (await health()).status === 200);

  /** A service that can be stopped and started again on the same port. */
  async function restartable(
    start: (port: number) => Promise<ResolvedService>,
  ): Promise<{ service: ResolvedService; start(): Promise<ResolvedService> }> {
    const port = await freePort();
    const handle = {
      service: await start(port),
      start: async () => (handle.service = await start(port)),
    };
    return handle;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apprenance-resilience-'));
    // Run as root, the cluster belongs to a `postgres` user, who must reach its directory.
    await chmod(dir, 0o755);
    const redisServer = findOnPath('redis-server');
    if (!redisServer) throw new Error('redis-server is not on PATH');
    postgres = await restartable((port) => startPostgresProcess(path.join(dir, 'pg'), port));
    redis = await restartable((port) => spawnRedis(redisServer, path.join(dir, 'redis'), port));
    const migrator = createDataSource({ url: postgres.service.url, poolSize: 1 });
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();

    const prefix = testRedisPrefix();
    app = await createApp(
      testConfig(postgres.service.url, prefix, { REDIS_URL: redis.service.url }),
    );
    worker = await startWorkerContext(postgres.service.url, prefix, {
      REDIS_URL: redis.service.url,
      JOB_RELAY_POLL_EVERY: '1s',
    });
    const user = await new Factory(app).user({ role: 'admin' });
    const { body } = await login(user).expect(200);
    admin = { email: user.email, password: user.password, token: body.accessToken };
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await redis?.service.stop();
    await postgres?.service.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is healthy while both answer', async () => {
    const { body } = await health().expect(200);
    expect(body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
    await listUsers().expect(200);
  });

  it('says Postgres is down, answers 503 at once, and recovers when it is back', async () => {
    await postgres.service.stop();
    const { body } = await health().expect(503);
    expect(body.error).toMatchObject({ postgres: { status: 'down' } });
    expect(body.info).toMatchObject({ redis: { status: 'up' } });
    const refused = await listUsers();
    expectProblem(refused, 503, 'service_unavailable', 'server.unavailable');
    expect(refused.headers['retry-after']).toBe('5');

    await postgres.start();
    await recovered();
    await listUsers().expect(200);
  });

  it('says Redis is down, refuses the throttled login with 503, and recovers when it is back', async () => {
    await redis.service.stop();
    const { body } = await health().expect(503);
    expect(body.error).toMatchObject({ redis: { status: 'down' } });
    expect(body.info).toMatchObject({ postgres: { status: 'up' } });
    expectProblem(await login(), 503, 'service_unavailable', 'server.unavailable');
    // Routes that do not need Redis keep working.
    await listUsers().expect(200);

    await redis.start();
    await recovered();
    await login().expect(200);
  });

  it('lets the worker run jobs again once Postgres and Redis are back', async () => {
    await Promise.all([postgres.service.stop(), redis.service.stop()]);
    await sleep(2_000); // a relay poll or two fails meanwhile
    await Promise.all([postgres.start(), redis.start()]);
    await recovered();

    const entityId = randomUUID();
    const dataSource = app.get(DataSource);
    await new TransactionRunner(dataSource).run((tx) =>
      new JobOutboxRepository().enqueue(
        tx,
        'heartbeat',
        { requestedAt: new Date().toISOString() },
        entityId,
      ),
    );
    await eventually('the job completing', async () => {
      const [row] = await dataSource.query(
        `SELECT completed_at IS NOT NULL AS completed FROM job_outbox WHERE entity_id = $1`,
        [entityId],
      );
      return row?.completed === true;
    });
  });
});
