/**
 * A database at the scale the benchmarks need: 10k cohorts, 100k participants in 50k pairs,
 * ~0.73M attendance rows (every day of every started cohort; `--cohorts 14000` gives ~1M),
 * generated in SQL (generate_series) in one to two minutes.
 *
 *   npm run seed:scale -- [--seed 1] [--database apprenance_scale] [--cohorts 10000]
 *
 * The database (SCALE_DATABASE or --database, default `apprenance_scale`) is dropped and
 * created again on the server of DATABASE_URL (default the local Postgres), migrated, then
 * filled. Every id and value derives from the seed number through Postgres' hash functions, so
 * one seed always gives the same rows (same uuids, names, statuses), whatever the plan.
 * Accounts: `scale-admin@apprenance.local` (admin) and `scale-trainer-<n>@apprenance.local`
 * (trainers), all with the password `scale-bench-password`, like every participant.
 */
import { Algorithm, hash } from '@node-rs/argon2';
import { createDataSource } from '@apprenance/db';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { adminUrl, databaseUrl, SCALE_PASSWORD, scaleDatabase, V4_UUID } from './scale-database';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: process.env.SCALE_SEED ?? '1' },
    database: { type: 'string', default: scaleDatabase() },
    cohorts: { type: 'string', default: process.env.SCALE_COHORTS ?? '10000' },
  },
});
const SEED = Number(values.seed);
const COHORTS = Number(values.cohorts);
const DATABASE = values.database;
if (!Number.isInteger(SEED) || !Number.isInteger(COHORTS) || COHORTS < 100) {
  throw new Error('--seed must be an integer and --cohorts an integer ≥ 100');
}
if (!/^[a-z_][a-z0-9_]*$/.test(DATABASE)) throw new Error('--database must be a plain name');

/** Pairs per cohort: five pairs, ten seats. */
const PAIRS_PER_COHORT = 5;
const TRAINERS = Math.max(10, Math.round(COHORTS / 50));
const COURSES = 24;

/**
 * The SQL, in order. `h(i, salt)` is a deterministic non-negative bigint per (seed, row, salt);
 * `u(kind, i)` a deterministic uuid. Cohort c holds pairs 5c…5c+4; pair p is territory p and
 * participants 2p (political) and 2p+1 (technical).
 */
const STEPS: [string, string][] = [
  [
    'helpers',
    `${V4_UUID}
     CREATE FUNCTION pg_temp.h(i bigint, salt int) RETURNS bigint IMMUTABLE LANGUAGE sql
       AS $$ SELECT abs(hashint8extended(i, ${SEED}::bigint * 1000 + salt)) $$;
     CREATE FUNCTION pg_temp.u(kind text, i bigint) RETURNS uuid IMMUTABLE LANGUAGE sql
       AS $$ SELECT pg_temp.v4(md5('${SEED}:' || kind || ':' || i)) $$;
     CREATE FUNCTION pg_temp.pick(words text[], i bigint, salt int) RETURNS text IMMUTABLE LANGUAGE sql
       AS $$ SELECT words[1 + pg_temp.h(i, salt) % array_length(words, 1)] $$;`,
  ],
  [
    'courses',
    `INSERT INTO courses (id, slug, title_fr, title_en, format, status, summary_fr, summary_en)
     SELECT pg_temp.u('course', i), 'scale-course-' || i,
            'Urbanisme ouvert ' || i, 'Open urbanism ' || i,
            (CASE WHEN i % 8 = 0 THEN 'short' ELSE 'deep' END)::course_format, 'published',
            'Formation générée pour les mesures', 'Course generated for benchmarks'
       FROM generate_series(0, ${COURSES - 1}) i`,
  ],
  [
    'staff',
    `INSERT INTO users (id, email, display_name, role, password_hash, locale)
     SELECT pg_temp.u('user', -1), 'scale-admin@apprenance.local', 'Admin Échelle', 'admin'::user_role, $1, 'fr'::locale
     UNION ALL
     SELECT pg_temp.u('trainer', i), 'scale-trainer-' || i || '@apprenance.local',
            pg_temp.pick($2, i, 1) || ' ' || pg_temp.pick($3, i, 2), 'trainer'::user_role, $1,
            (CASE WHEN i % 3 = 0 THEN 'en' ELSE 'fr' END)::locale
       FROM generate_series(0, ${TRAINERS - 1}) i`,
  ],
  [
    'territories',
    `INSERT INTO territories (id, name, country, level)
     SELECT pg_temp.u('territory', p),
            pg_temp.pick($1, p, 3) || pg_temp.pick($2, p, 4) || ' ' || p,
            (ARRAY['FR', 'BE', 'CH', 'CA', 'IT', 'ES'])[1 + pg_temp.h(p, 5) % 6],
            (ARRAY['municipality', 'municipality', 'municipality', 'inter_municipality',
                   'department_or_province', 'region'])[1 + pg_temp.h(p, 6) % 6]::territory_level
       FROM generate_series(0, ${COHORTS * PAIRS_PER_COHORT - 1}) p`,
  ],
  [
    'participants',
    `INSERT INTO users (id, email, display_name, role, password_hash, locale, kind, territory_id, position, created_at)
     SELECT pg_temp.u('participant', n),
            lower(pg_temp.pick($2, n, 7) || '.' || pg_temp.pick($3, n, 8)) || '.' || n || '@territoire.example',
            pg_temp.pick($2, n, 7) || ' ' || pg_temp.pick($3, n, 8), 'participant', $1,
            (CASE WHEN pg_temp.h(n, 9) % 4 = 0 THEN 'en' ELSE 'fr' END)::locale,
            (CASE WHEN n % 2 = 0 THEN 'political' ELSE 'technical' END)::participant_kind,
            pg_temp.u('territory', n / 2),
            CASE WHEN n % 2 = 0 THEN 'Adjoint·e à l’urbanisme' ELSE 'Chargé·e de mission' END,
            timestamptz '2025-01-01' + (n || ' minutes')::interval
       FROM generate_series(0, ${COHORTS * PAIRS_PER_COHORT * 2 - 1}) n`,
  ],
  [
    'cohorts',
    // One cohort in ten has 8 seats: four pairs enrolled, the fifth waitlisted.
    `INSERT INTO cohorts (id, course_id, name, language, venue, online, time_zone, capacity, status, starts_on, ends_on, created_at)
     SELECT pg_temp.u('cohort', c), pg_temp.u('course', c % ${COURSES}),
            pg_temp.pick($1, c, 10) || pg_temp.pick($2, c, 11) || ' ' || (2024 + c % 3) || ' #' || c,
            (CASE WHEN c % 4 = 0 THEN 'en' ELSE 'fr' END)::locale,
            CASE WHEN c % 5 = 0 THEN NULL ELSE 'Salle ' || (1 + c % 40) END, c % 5 = 0,
            'Europe/Paris', CASE WHEN c % 10 = 0 THEN 8 ELSE 10 END,
            (ARRAY['open', 'running', 'running', 'running', 'completed', 'completed', 'completed',
                   'completed', 'completed', 'completed'])[1 + pg_temp.h(c, 12) % 10]::cohort_status,
            date '2024-01-01' + (pg_temp.h(c, 13) % 1000)::int,
            date '2024-01-01' + (pg_temp.h(c, 13) % 1000)::int + 60,
            timestamptz '2024-01-01' + (c || ' minutes')::interval
       FROM generate_series(0, ${COHORTS - 1}) c`,
  ],
  [
    'cohort trainers',
    `INSERT INTO cohort_trainers (cohort_id, trainer_id)
     SELECT pg_temp.u('cohort', c), pg_temp.u('trainer', c % ${TRAINERS})
       FROM generate_series(0, ${COHORTS - 1}) c`,
  ],
  [
    'sessions',
    `INSERT INTO cohort_sessions (id, cohort_id, phase, starts_at, ends_at, day_count)
     SELECT pg_temp.u('session', c * 3 + k), pg_temp.u('cohort', c),
            (ARRAY['free_software_culture', 'civic_tech_testing', 'strategic_application'])[k + 1]::course_phase,
            (date '2024-01-01' + (pg_temp.h(c, 13) % 1000)::int + k * 20) + time '09:00',
            (date '2024-01-01' + (pg_temp.h(c, 13) % 1000)::int + k * 20) + time '12:30',
            CASE WHEN (c % ${COURSES}) % 8 = 0 THEN 1 ELSE 3 END
       FROM generate_series(0, ${COHORTS - 1}) c, generate_series(0, 2) k`,
  ],
  [
    'pairs',
    `INSERT INTO cohort_pairs (id, cohort_id, territory_id, political_id, technical_id, status, waitlist_rank, created_at)
     SELECT pg_temp.u('pair', p), pg_temp.u('cohort', p / 5), pg_temp.u('territory', p),
            pg_temp.u('participant', 2 * p), pg_temp.u('participant', 2 * p + 1),
            w.status::pair_status, CASE WHEN x.waitlisted THEN 1 END,
            timestamptz '2024-01-01' + (p || ' minutes')::interval
       FROM generate_series(0, ${COHORTS * PAIRS_PER_COHORT - 1}) p,
            LATERAL (SELECT (p / 5) % 10 = 0 AND p % 5 = 4 AS waitlisted) x,
            LATERAL (SELECT CASE WHEN x.waitlisted THEN 'waitlisted' ELSE 'enrolled' END AS status) w`,
  ],
  [
    'attendance',
    // Every enrolled participant, every day of every session of a cohort that has started.
    `INSERT INTO attendance (session_id, participant_id, day_index, status, recorded_by, recorded_at)
     SELECT s.id, m.participant_id, d,
            (ARRAY['present', 'present', 'present', 'present', 'present', 'present', 'absent', 'excused'])
              [1 + pg_temp.h(hashtext(s.id::text || m.participant_id::text)::bigint * 8 + d, 14) % 8]::attendance_status,
            ct.trainer_id, s.starts_at + interval '4 hours'
       FROM cohorts c
       JOIN cohort_trainers ct ON ct.cohort_id = c.id
       JOIN cohort_sessions s ON s.cohort_id = c.id
       JOIN cohort_pairs p ON p.cohort_id = c.id AND p.status = 'enrolled'
       CROSS JOIN LATERAL (VALUES (p.political_id), (p.technical_id)) m(participant_id)
       CROSS JOIN LATERAL generate_series(1, s.day_count) d
      WHERE c.status IN ('running', 'completed')`,
  ],
];

const FIRST_NAMES = [
  'Camille',
  'Dominique',
  'Claude',
  'Alix',
  'Sacha',
  'Élise',
  'Jérôme',
  'Aurélie',
  'Mathis',
  'Inès',
  'Hugo',
  'Léa',
  'Yasmine',
  'Karim',
  'Nadia',
  'Théo',
  'Manon',
  'Lucas',
  'Chloé',
  'Noah',
  'Zoé',
  'Malik',
  'Agathe',
  'Bastien',
  'Céline',
  'Damien',
  'Émilie',
  'Fabien',
  'Gaëlle',
  'Hélène',
  'Ibrahim',
  'Julie',
  'Kévin',
  'Laurent',
  'Maëlle',
  'Nicolas',
  'Océane',
  'Pascal',
  'Quentin',
  'Romane',
  'Sophie',
  'Thomas',
  'Ulysse',
  'Valérie',
  'William',
  'Xavier',
  'Yann',
  'Zacharie',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Masson',
  'Sanchez',
  'Nguyen',
  'Boyer',
  'Denis',
];
const PLACE_HEADS = [
  'Saint-',
  'Mont',
  'Ville',
  'Beau',
  'Roche',
  'Font',
  'Val',
  'Champ',
  'Bois',
  'Pont',
  'Port',
  'Clair',
  'Grand',
  'Neuf',
  'Haut',
  'Bel',
  'Mar',
  'Lan',
  'Ker',
  'Plou',
];
const PLACE_TAILS = [
  'ville',
  'court',
  'mont',
  'bourg',
  'fort',
  'lieu',
  'champ',
  'val',
  'fontaine',
  'roche',
  'brun',
  'gard',
  'mer',
  'rive',
  'lac',
  'pré',
  'bois',
  'vert',
  'noir',
  'blanc',
];

/** Parameters of each step, by name. */
function parameters(passwordHash: string): Record<string, unknown[]> {
  return {
    staff: [passwordHash, FIRST_NAMES, LAST_NAMES],
    territories: [PLACE_HEADS, PLACE_TAILS],
    participants: [passwordHash, FIRST_NAMES, LAST_NAMES],
    cohorts: [PLACE_HEADS, PLACE_TAILS],
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();

  const url = databaseUrl(DATABASE);
  const dataSource = createDataSource({ url, applicationName: 'apprenance-seed-scale' });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  log(`created and migrated ${DATABASE}`, started);

  const passwordHash = await hash(SCALE_PASSWORD, {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const params = parameters(passwordHash);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const [name, sql] of STEPS) {
      const stepStarted = Date.now();
      if (params[name]) await client.query(sql, params[name]);
      else await client.query(sql);
      log(name, stepStarted);
    }
    await client.query('COMMIT');
    // The seat trigger rewrote each cohort row once per pair: start from compact tables, as a
    // database that has been vacuumed would be, so that measures do not depend on this script.
    const vacuumStarted = Date.now();
    await client.query('VACUUM (FULL, ANALYZE)');
    log('vacuum full, analyze', vacuumStarted);
    const counts = await client.query<{ name: string; rows: string }>(
      `SELECT 'cohorts' AS name, count(*)::text AS rows FROM cohorts
       UNION ALL SELECT 'participants', count(*)::text FROM users WHERE role = 'participant'
       UNION ALL SELECT 'pairs', count(*)::text FROM cohort_pairs
       UNION ALL SELECT 'attendance', count(*)::text FROM attendance`,
    );
    console.log(
      `seed ${SEED}: ${counts.rows.map((r) => `${r.rows} ${r.name}`).join(', ')} in ${DATABASE}` +
        ` (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await client.end();
  }
}

function log(step: string, since: number): void {
  console.error(`  ${step}: ${((Date.now() - since) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
