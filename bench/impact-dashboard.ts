/**
 * How long each impact dashboard aggregate takes on 10,000 cohorts: a database generated in SQL
 * (generate_series) with 24 courses, 200 trainers, 10k cohorts of 5 pairs (100k participants),
 * 3 sessions and ~300k attendance rows, 100k civic-tech tests, ~100k follow-ups with their
 * deployed tools and ~180k conviction answers; then each aggregate of the api's repository,
 * run ROUNDS times after a warm-up, for an admin, a trainer, one course and a public course.
 *
 *   npm run bench:impact            (IMPACT_BENCH_DATABASE, ROUNDS, COHORTS to change)
 *
 * The database is dropped and created again on the server of DATABASE_URL (default the local
 * Postgres) and left there for EXPLAIN; IMPACT_BENCH_REUSE=1 times it again without regenerating.
 */
import { createDataSource, FollowUpCivicTechEntity, StrategyFollowUpEntity } from '@apprenance/db';
import os from 'node:os';
import { Client } from 'pg';
import { DashboardRepository } from '../apps/api/src/impact/dashboard.repository';
import { publicCourseScope, staffScope } from '../apps/api/src/impact/dashboard.service';
import { FollowUpsRepository } from '../apps/api/src/impact/follow-ups.repository';
import { FollowUpListQueryDto } from '../apps/api/src/impact/dto/follow-up.dto';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const COHORTS = Number(process.env.COHORTS ?? 10_000);
const DATABASE = process.env.IMPACT_BENCH_DATABASE ?? 'apprenance_impact_bench';
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TRAINERS = 200;
const COURSES = 24;
const NOW = new Date('2026-11-30T12:00:00Z');

const urlOf = (database: string) => {
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  return url.toString();
};

/** `id(kind, n)`: a stable uuid per kind and number, so rows can point at each other. */
const GENERATE: [string, string][] = [
  [
    'helpers',
    `CREATE FUNCTION pg_temp.id(kind text, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql
       AS $$ SELECT md5(kind || ':' || n)::uuid $$`,
  ],
  [
    'courses',
    `INSERT INTO courses (id, slug, title_fr, title_en, format, status)
     SELECT pg_temp.id('course', i), 'bench-course-' || i, 'Urbanisme ouvert ' || i,
            'Open urbanism ' || i, (CASE WHEN i % 3 = 0 THEN 'deep' ELSE 'short' END)::course_format,
            'published'
       FROM generate_series(0, ${COURSES - 1}) i`,
  ],
  [
    'trainers',
    `INSERT INTO users (id, email, display_name, role, password_hash, locale)
     SELECT pg_temp.id('trainer', i), 'bench-trainer-' || i || '@apprenance.local',
            'Formatrice ' || i, 'trainer', 'unused', 'fr'
       FROM generate_series(0, ${TRAINERS - 1}) i`,
  ],
  [
    'territories',
    `INSERT INTO territories (id, name, country, level)
     SELECT pg_temp.id('territory', p), 'Commune ' || p, 'FR', 'municipality'
       FROM generate_series(0, ${COHORTS * 5 - 1}) p`,
  ],
  [
    'participants',
    `INSERT INTO users (id, email, display_name, role, password_hash, locale, kind, territory_id)
     SELECT pg_temp.id('participant', n), 'bench-' || n || '@territoire.example', 'Personne ' || n,
            'participant', 'unused', 'fr',
            (CASE WHEN n % 2 = 0 THEN 'political' ELSE 'technical' END)::participant_kind,
            pg_temp.id('territory', n / 2)
       FROM generate_series(0, ${COHORTS * 10 - 1}) n`,
  ],
  [
    // Ended over the two years before NOW, so that every milestone has cohorts due.
    'cohorts',
    `INSERT INTO cohorts (id, course_id, name, language, venue, time_zone, capacity, status, starts_on, ends_on)
     SELECT pg_temp.id('cohort', c), pg_temp.id('course', c % ${COURSES}), 'Promotion ' || c, 'fr',
            'Salle ' || c % 40, (ARRAY['Europe/Paris', 'America/Toronto', 'Europe/Brussels'])[1 + c % 3],
            10, 'completed', date '2024-11-01' + (c % 700), date '2024-11-01' + (c % 700) + 20
       FROM generate_series(0, ${COHORTS - 1}) c`,
  ],
  [
    'cohort trainers',
    `INSERT INTO cohort_trainers (cohort_id, trainer_id)
     SELECT pg_temp.id('cohort', c), pg_temp.id('trainer', c % ${TRAINERS})
       FROM generate_series(0, ${COHORTS - 1}) c`,
  ],
  [
    'pairs',
    `INSERT INTO cohort_pairs (id, cohort_id, territory_id, political_id, technical_id, status)
     SELECT pg_temp.id('pair', p), pg_temp.id('cohort', p / 5), pg_temp.id('territory', p),
            pg_temp.id('participant', 2 * p), pg_temp.id('participant', 2 * p + 1), 'enrolled'
       FROM generate_series(0, ${COHORTS * 5 - 1}) p`,
  ],
  [
    'sessions',
    `INSERT INTO cohort_sessions (id, cohort_id, phase, starts_at, ends_at, day_count)
     SELECT pg_temp.id('session', c * 3 + k), pg_temp.id('cohort', c),
            (enum_range(NULL::course_phase))[k + 1],
            (date '2024-11-01' + (c % 700) + k * 7) + time '09:00',
            (date '2024-11-01' + (c % 700) + k * 7) + time '12:30', 1
       FROM generate_series(0, ${COHORTS - 1}) c, generate_series(0, 2) k`,
  ],
  [
    'attendance',
    `INSERT INTO attendance (session_id, participant_id, day_index, status)
     SELECT pg_temp.id('session', c * 3 + k), pg_temp.id('participant', c * 10 + m), 1,
            (ARRAY['present', 'present', 'present', 'present', 'absent', 'excused'])[1 + (c + k + m) % 6]::attendance_status
       FROM generate_series(0, ${COHORTS - 1}) c, generate_series(0, 2) k, generate_series(0, 9) m`,
  ],
  [
    'civic-techs',
    `INSERT INTO civic_techs (id, slug, name, licence, repository_url, categories, languages)
     SELECT pg_temp.id('tool', t), 'bench-tool-' || t, 'Outil ' || t, 'AGPL-3.0-or-later',
            'https://example.org/tool-' || t, ARRAY['participation']::civic_tech_category[], ARRAY['fr']
       FROM generate_series(0, 14) t`,
  ],
  [
    'civic-tech tests',
    `INSERT INTO civic_tech_tests (cohort_id, pair_id, civic_tech_id, use_case, fit, would_use)
     SELECT pg_temp.id('cohort', p / 5), pg_temp.id('pair', p), pg_temp.id('tool', (p * 7 + k) % 15),
            'Essai', 1 + (p + k) % 5, 'yes'
       FROM generate_series(0, ${COHORTS * 5 - 1}) p, generate_series(0, 1) k`,
  ],
  [
    // Each pair answered the milestones already due, except one pair in four at 6 months.
    'follow-ups',
    `INSERT INTO strategy_follow_ups (id, cohort_id, pair_id, milestone, status, funding_secured)
     SELECT pg_temp.id('follow-up', p * 100 + ms), pg_temp.id('cohort', p / 5), pg_temp.id('pair', p), ms,
            (enum_range(NULL::strategy_status))[1 + (p + ms) % 5], (p + ms) % 2 = 0
       FROM generate_series(0, ${COHORTS * 5 - 1}) p, unnest(ARRAY[3, 6, 12]) ms
      WHERE date '2024-11-01' + ((p / 5) % 700) + 20 + make_interval(months => ms) < $1::timestamptz
        AND NOT (ms = 6 AND p % 4 = 0)`,
  ],
  [
    'deployed tools',
    `INSERT INTO follow_up_civic_techs (follow_up_id, civic_tech_id)
     SELECT f.id, pg_temp.id('tool', (hashtext(f.id::text) & 1023) % 15) FROM strategy_follow_ups f`,
  ],
  [
    'conviction answers',
    `INSERT INTO conviction_answers (cohort_id, participant_id, moment, collective_intelligence, free_software, civic_tech)
     SELECT pg_temp.id('cohort', n / 10), pg_temp.id('participant', n), m::conviction_moment,
            1 + (n + i) % 5, 1 + (n + i + 1) % 5, 1 + (n + i + 2) % 5
       FROM generate_series(0, ${COHORTS * 10 - 1}) n, unnest(ARRAY['before', 'after']) WITH ORDINALITY AS x(m, i)
      WHERE m = 'before' OR n % 10 <> 0`,
  ],
  ['analyze', 'ANALYZE'],
];

async function generate(): Promise<void> {
  const server = new Client({ connectionString: SERVER });
  await server.connect();
  await server.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
  await server.query(`CREATE DATABASE ${DATABASE}`);
  await server.end();
  const migrator = createDataSource({ url: urlOf(DATABASE), poolSize: 1 });
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();
  const client = new Client({ connectionString: urlOf(DATABASE) });
  await client.connect();
  for (const [name, sql] of GENERATE) {
    const started = Date.now();
    const result = await client.query(sql, sql.includes('$1') ? [NOW] : []);
    console.log(`  generated ${name}: ${result.rowCount ?? 0} rows in ${Date.now() - started} ms`);
  }
  await client.end();
}

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `| ${label} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${sorted[sorted.length - 1].toFixed(1)} |`,
  );
}

async function main(): Promise<void> {
  if (process.env.IMPACT_BENCH_REUSE === '1') {
    console.log(`Reusing ${DATABASE}`);
  } else {
    console.log(`Generating ${COHORTS} cohorts in ${DATABASE}…`);
    await generate();
  }
  const dataSource = createDataSource({ url: urlOf(DATABASE), poolSize: 4 });
  await dataSource.initialize();
  const dashboard = new DashboardRepository(dataSource);
  const followUps = new FollowUpsRepository(
    dataSource,
    dataSource.getRepository(StrategyFollowUpEntity),
    dataSource.getRepository(FollowUpCivicTechEntity),
  );
  const admin = { id: '00000000-0000-4000-8000-000000000000', role: 'admin' as const };
  const [{ id: trainerId }] = await dataSource.query(`SELECT md5('trainer:7')::uuid AS id`);
  const trainer = { id: trainerId as string, role: 'trainer' as const };
  const [{ id: courseId }] = await dataSource.query(`SELECT md5('course:5')::uuid AS id`);
  const scopes = {
    admin: staffScope(admin, {}),
    'trainer (50 cohorts)': staffScope(trainer, {}),
    'one course (admin)': staffScope(admin, { courseId }),
    'public course': publicCourseScope(courseId),
  };
  console.log(
    `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROUNDS} rounds (ms)\n`,
  );
  console.log('| aggregate | median | p95 | max |\n| --- | ---: | ---: | ---: |');
  for (const [name, scope] of Object.entries(scopes)) {
    await time(`adoption & funding — ${name}`, () => dashboard.adoption(scope));
    await time(`civic-techs tested vs deployed — ${name}`, () => dashboard.civicTechs(scope));
    await time(`conviction per cohort — ${name}`, () => dashboard.conviction(scope));
    await time(`attendance per phase — ${name}`, () => dashboard.attendance(scope));
  }
  const dueList = Object.assign(new FollowUpListQueryDto(), { state: 'overdue' as const });
  await time('follow-ups due list, page of 25 — trainer', () =>
    followUps.slots(trainer, dueList, NOW),
  );
  await time('follow-ups due list, page of 25 — admin', () => followUps.slots(admin, dueList, NOW));
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
