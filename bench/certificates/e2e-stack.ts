/**
 * The whole issuing pipeline on its own database and its own redis-server, for the end-to-end
 * benchmark and the chaos script: the real api (in this process, over HTTP), real worker
 * processes (the built `apps/worker/dist`), and `participants` eligible people in cohorts of 10,
 * written straight into the tables (creating them through the services would hash thousands of
 * passwords first).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { generateSigningKeyPem } from '@apprenance/certificates';
import { loadConfig } from '@apprenance/config';
import { createDataSource } from '@apprenance/db';
import { findOnPath, spawnRedis } from '../../libs/devstack/dist/redis';
import type { ResolvedService } from '../../libs/devstack/dist/service';
// The built api: its decorators need TypeScript's emit, which tsx does not do.
import { createApp } from '../../apps/api/dist/app.setup';
import { spawnWorker } from '../../test/support/worker-process';

export interface CertificateStack {
  api: NestExpressApplication;
  apiUrl: string;
  db: DataSource;
  redis: ResolvedService;
  cohortIds: string[];
  /** Starts one more worker process. */
  startWorker(): ChildProcess;
  /** Asks for every cohort's certificates over HTTP, `parallel` requests at a time. */
  issueAll(parallel?: number): Promise<void>;
  counts(): Promise<Record<string, number>>;
  /** Where a storage key's file is on disk. */
  fileOf(key: string): string;
  /** Every certificate PDF on disk (temporary files of cut writes aside). */
  storedFiles(): string[];
  /** Certificate rows per participant with more than one valid or issued certificate. */
  duplicates(): Promise<number>;
  close(): Promise<void>;
}

const BENCH = 'Bench ';

async function createDatabase(baseUrl: string): Promise<string> {
  const name = `apprenance_bench_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(baseUrl: string, url: string): Promise<void> {
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await client.end();
}

/** `cohorts` completed cohorts of 5 eligible pairs each, on one short course. */
async function seed(db: DataSource, cohorts: number): Promise<string[]> {
  const [course] = await db.query(
    `INSERT INTO courses (slug, title_fr, title_en, format, status)
     VALUES ('bench-' || md5(random()::text), 'Urbanisme ouvert : l’intelligence collective',
             'Open urbanism: collective intelligence', 'short', 'published') RETURNING id`,
  );
  await db.query(
    `INSERT INTO course_phases (course_id, phase, position, hours_budget, days_budget)
     VALUES ($1, 'free_software_culture', 1, 3.5, 0.5), ($1, 'civic_tech_testing', 2, 3.5, 0.5),
            ($1, 'strategic_application', 3, 3.5, 0.5)`,
    [course.id],
  );
  await db.query(
    `INSERT INTO cohorts (course_id, name, language, venue, time_zone, capacity, status, starts_on, ends_on)
     SELECT $1, '${BENCH}' || lpad(g::text, 6, '0'), CASE WHEN g % 2 = 0 THEN 'en' ELSE 'fr' END::locale,
            'Hôtel de ville', 'Europe/Paris', 10, 'running', date '2026-03-02', date '2026-03-20'
       FROM generate_series(1, $2) g`,
    [course.id, cohorts],
  );
  await db.query(
    `INSERT INTO territories (name, country, level)
     SELECT '${BENCH}T ' || lpad(g::text, 6, '0'), 'FR', 'municipality' FROM generate_series(1, $1) g`,
    [cohorts * 5],
  );
  await db.query(
    `INSERT INTO users (email, display_name, role, password_hash, kind, territory_id, position)
     SELECT 'bench-' || v.kind || '-' || t.id || '@bench.local',
            CASE v.kind WHEN 'political' THEN 'Łukasz Żółć ' ELSE 'Nguyễn Thị Ánh ' END || substring(t.name from 9),
            'participant', '!', v.kind::participant_kind, t.id, 'Bench'
       FROM territories t CROSS JOIN (VALUES ('political'), ('technical')) v(kind)
      WHERE t.name LIKE '${BENCH}T %'`,
  );
  await db.query(
    `INSERT INTO cohort_pairs (cohort_id, territory_id, political_id, technical_id, status)
     SELECT c.id, t.id, p.id, q.id, 'enrolled'
       FROM territories t
       JOIN cohorts c ON c.name = '${BENCH}' || lpad(((substring(t.name from 9)::int + 4) / 5)::text, 6, '0')
       JOIN users p ON p.territory_id = t.id AND p.kind = 'political'
       JOIN users q ON q.territory_id = t.id AND q.kind = 'technical'
      WHERE t.name LIKE '${BENCH}T %'`,
  );
  await db.query(
    `INSERT INTO cohort_sessions (cohort_id, phase, starts_at, ends_at, day_count)
     SELECT c.id, p.phase::course_phase, timestamptz '2026-03-02 09:00+01' + p.n * interval '7 days',
            timestamptz '2026-03-02 12:30+01' + p.n * interval '7 days', 1
       FROM cohorts c CROSS JOIN (VALUES ('free_software_culture', 0), ('civic_tech_testing', 1),
                                         ('strategic_application', 2)) p(phase, n)
      WHERE c.name LIKE '${BENCH}%'`,
  );
  await db.query(
    `INSERT INTO attendance (session_id, participant_id, day_index, status)
     SELECT s.id, u.id, 1, 'present'
       FROM cohort_sessions s JOIN cohort_pairs cp ON cp.cohort_id = s.cohort_id
       JOIN users u ON u.id IN (cp.political_id, cp.technical_id)`,
  );
  await db.query(
    `INSERT INTO prototypes (cohort_id, pair_id, status)
     SELECT cohort_id, id, 'accepted' FROM cohort_pairs`,
  );
  await db.query(
    `INSERT INTO assessments (cohort_id, participant_id, phase, status)
     SELECT cp.cohort_id, u.id, p.phase::course_phase, 'acquired'
       FROM cohort_pairs cp JOIN users u ON u.id IN (cp.political_id, cp.technical_id)
       CROSS JOIN (VALUES ('free_software_culture'), ('civic_tech_testing'),
                          ('strategic_application')) p(phase)`,
  );
  await db.query(`UPDATE cohorts SET status = 'completed' WHERE name LIKE '${BENCH}%'`);
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM cohorts WHERE name LIKE '${BENCH}%' ORDER BY name`,
  );
  return rows.map((row) => row.id);
}

export async function certificateStack(options: {
  participants: number;
  workerEnv?: Record<string, string>;
}): Promise<CertificateStack> {
  const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'apprenance-certificate-stack-'));
  const redisServer = findOnPath('redis-server');
  if (!redisServer) throw new Error('redis-server is not on PATH');
  const redis = await spawnRedis(redisServer, path.join(dir, 'redis'));
  const databaseUrl = await createDatabase(baseUrl);
  const migrator = createDataSource({ url: databaseUrl, poolSize: 1 });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();

  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'bench',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'https://apprenance.example.org',
    STORAGE_LOCAL_DIR: path.join(dir, 'files'),
    CERT_SIGNING_KEY: generateSigningKeyPem().privateKey,
    CERT_SIGNING_KEY_ID: 'bench-1',
    LOG_LEVEL: 'silent',
    JOB_RELAY_POLL_EVERY: '2s',
    ...options.workerEnv,
  };
  const api = await createApp(loadConfig({ ...env, DATABASE_POOL_SIZE: '4' }));
  await api.listen(0, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
  const db = api.get(DataSource);
  const cohortIds = await seed(db, Math.ceil(options.participants / 10));
  const [admin] = await db.query(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ('bench-admin@bench.local', 'Bench admin', 'admin', '!') RETURNING id`,
  );
  const token = await api.get(JwtService).signAsync({ sub: admin.id, role: 'admin', ver: 0 });
  const workers: ChildProcess[] = [];

  const issue = async (cohortId: string) => {
    const response = await fetch(`${apiUrl}/api/v1/cohorts/${cohortId}/certificate-batches`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status !== 202) throw new Error(`issue ${cohortId}: ${response.status}`);
  };

  const stack: CertificateStack = {
    api,
    apiUrl,
    db,
    redis,
    cohortIds,
    startWorker: () => {
      const worker = spawnWorker(env);
      workers.push(worker);
      return worker;
    },
    async issueAll(parallel = 4) {
      const queue = [...cohortIds];
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          for (let id = queue.shift(); id; id = queue.shift()) await issue(id);
        }),
      );
    },
    fileOf: (key) => path.join(dir, 'files', ...key.split('/')),
    storedFiles: () =>
      readdirSync(path.join(dir, 'files', 'certificates'), {
        recursive: true,
        encoding: 'utf8',
      }).filter((name) => name.endsWith('.pdf')),
    async counts() {
      const rows: { status: string; n: number }[] = await db.query(
        `SELECT status::text, count(*)::int AS n FROM certificates GROUP BY status`,
      );
      return Object.fromEntries(rows.map((row) => [row.status, row.n]));
    },
    async duplicates() {
      const [row] = await db.query(
        `SELECT count(*)::int AS n FROM (SELECT participant_id FROM certificates
           WHERE status IN ('pending', 'issued') GROUP BY participant_id, cohort_id HAVING count(*) > 1) d`,
      );
      return row.n;
    },
    async close() {
      for (const worker of workers) worker.kill('SIGKILL');
      await api.close();
      await stack.redis.stop();
      await dropDatabase(baseUrl, databaseUrl);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return stack;
}
