/**
 * An enrolment burst on the scale database: 1,000 concurrent `POST /cohorts/:id/pairs` over
 * 100 fresh cohorts of 10 seats (ten pairs each: five enrolled, five waitlisted), through the
 * built api. Reports enrolments per second (and any other answer, e.g. 503 when a request
 * waited too long for a database connection), the CPU time per enrolment of the api and of its
 * Postgres backends (when Postgres runs on this machine), and checks the outcome in the
 * database: one pair per 201, no cohort over capacity, `enrolled_seats` equal to its pairs,
 * every free seat taken before anyone waits, waitlist ranks 1…n without gaps. Exits 1 if any
 * check fails.
 *
 * A smaller burst on cohorts of its own (BURST_WARMUP_COHORTS, default 20, checked the same way)
 * runs first and is not timed: the measured burst then finds the api's code compiled by the JIT
 * and its connections open, as a server that has been up for a while would.
 *
 *   npm run bench:enrolment   (SCALE_DATABASE; BURST_COHORTS=100, BURST_PAIRS_PER_COHORT=10;
 *                              BENCH_PORT=3903 for the api, for two runs on one machine)
 *
 * Each run works on a copy of the scale database, dropped at the end, so it can be repeated
 * and leaves the scale database as `seed:scale` made it.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Client } from 'pg';
import {
  adminUrl,
  databaseUrl,
  SCALE_ADMIN_EMAIL,
  SCALE_PASSWORD,
  scaleDatabase,
  V4_UUID,
} from './scale-database';
import { cpuMs, loadAverage, Server, startApi } from './servers';

const COHORTS = Number(process.env.BURST_COHORTS ?? 100);
const WARMUP_COHORTS = Number(process.env.BURST_WARMUP_COHORTS ?? 20);
const PAIRS_PER_COHORT = Number(process.env.BURST_PAIRS_PER_COHORT ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3903);

interface Request {
  cohortId: string;
  politicalId: string;
  technicalId: string;
}

/** Creates the run's cohorts and people; returns one request per pair, cohorts interleaved. */
async function prepare(client: Client, tag: string, cohorts: number): Promise<Request[]> {
  await client.query('BEGIN');
  await client.query(V4_UUID.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
  await client.query(
    `INSERT INTO cohorts (id, course_id, name, language, online, time_zone, capacity, status)
     SELECT pg_temp.v4(md5($1 || ':cohort:' || c)), (SELECT id FROM courses ORDER BY slug LIMIT 1),
            'Rafale ' || $1 || ' #' || c, 'fr', true, 'Europe/Paris', 10, 'open'
       FROM generate_series(0, $2 - 1) c`,
    [tag, cohorts],
  );
  await client.query(
    `INSERT INTO territories (id, name, country, level)
     SELECT pg_temp.v4(md5($1 || ':territory:' || p)), 'Rafale ' || $1 || ' ' || p, 'FR', 'municipality'
       FROM generate_series(0, $2 - 1) p`,
    [tag, cohorts * PAIRS_PER_COHORT],
  );
  await client.query(
    `INSERT INTO users (id, email, display_name, role, password_hash, kind, territory_id)
     SELECT pg_temp.v4(md5($1 || ':user:' || n)), 'burst-' || $1 || '-' || n || '@territoire.example',
            'Rafale ' || n, 'participant', (SELECT password_hash FROM users WHERE email = $3),
            (CASE WHEN n % 2 = 0 THEN 'political' ELSE 'technical' END)::participant_kind,
            pg_temp.v4(md5($1 || ':territory:' || n / 2))
       FROM generate_series(0, $2 * 2 - 1) n`,
    [tag, cohorts * PAIRS_PER_COHORT, SCALE_ADMIN_EMAIL],
  );
  await client.query('COMMIT');
  const { rows } = await client.query<Request>(
    `SELECT pg_temp.v4(md5($1 || ':cohort:' || p % $2)) AS "cohortId",
            pg_temp.v4(md5($1 || ':user:' || 2 * p)) AS "politicalId",
            pg_temp.v4(md5($1 || ':user:' || 2 * p + 1)) AS "technicalId"
       FROM generate_series(0, $3 - 1) p ORDER BY p`,
    [tag, cohorts, cohorts * PAIRS_PER_COHORT],
  );
  return rows;
}

/** What is wrong with the run's cohorts after the burst; empty when all is well. */
async function integrityProblems(client: Client, tag: string, created: number): Promise<string[]> {
  const { rows } = await client.query<{ name: string; problem: string }>(
    `WITH run AS (SELECT id, name, capacity, enrolled_seats FROM cohorts WHERE name LIKE 'Rafale ' || $1 || ' #%'),
          counts AS (
            SELECT r.name, r.capacity, r.enrolled_seats,
                   count(p.id) AS pairs,
                   count(p.id) FILTER (WHERE p.status = 'enrolled') AS enrolled,
                   count(p.id) FILTER (WHERE p.status = 'waitlisted') AS waitlisted,
                   coalesce(array_agg(p.waitlist_rank ORDER BY p.waitlist_rank)
                     FILTER (WHERE p.status = 'waitlisted'), '{}') AS ranks
              FROM run r LEFT JOIN cohort_pairs p ON p.cohort_id = r.id
             GROUP BY r.name, r.capacity, r.enrolled_seats)
     SELECT name, problem FROM counts, LATERAL (VALUES
       (CASE WHEN enrolled * 2 > capacity THEN 'over capacity: ' || enrolled || ' pairs' END),
       (CASE WHEN enrolled * 2 <> enrolled_seats THEN 'enrolled_seats ' || enrolled_seats || ' for ' || enrolled || ' pairs' END),
       (CASE WHEN enrolled <> least(pairs, capacity / 2) THEN enrolled || ' enrolled with seats free' END),
       (CASE WHEN ranks <> ARRAY(SELECT generate_series(1, waitlisted::int)) THEN 'waitlist ranks ' || ranks::text END)
     ) v(problem) WHERE problem IS NOT NULL`,
    [tag],
  );
  const total = await client.query<{ pairs: number }>(
    `SELECT count(*)::int AS pairs FROM cohort_pairs p JOIN cohorts c ON c.id = p.cohort_id
      WHERE c.name LIKE 'Rafale ' || $1 || ' #%'`,
    [tag],
  );
  const pairs = total.rows[0].pairs;
  return [
    ...(pairs === created ? [] : [`${pairs} pairs in the database for ${created} answered 201`]),
    ...rows.map((row) => `${row.name}: ${row.problem}`),
  ];
}

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Fires every request at once; the answers' statuses, the first error's body, the seconds. */
async function burst(
  api: Server,
  accessToken: string,
  requests: Request[],
): Promise<{ statuses: number[]; firstError: string; seconds: number }> {
  let firstError = '';
  const started = process.hrtime.bigint();
  const statuses = await Promise.all(
    requests.map(({ cohortId, politicalId, technicalId }) =>
      fetch(`${api.url}/api/v1/cohorts/${cohortId}/pairs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ politicalId, technicalId }),
      }).then(async (response) => {
        if (response.status !== 201 && !firstError) firstError = await response.text();
        return response.status;
      }),
    ),
  );
  return { statuses, firstError, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** The local ports of the process's TCP connections to port `remotePort` (from /proc). */
function connectionPorts(pid: number, remotePort: number): number[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`)
      .map((fd) => /^socket:\[(\d+)\]$/.exec(readlinkSafe(`/proc/${pid}/fd/${fd}`))?.[1])
      .filter((inode): inode is string => inode !== undefined),
  );
  const port = (address: string) => parseInt(address.split(':')[1], 16);
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .flatMap((table) => readFileSync(table, 'utf8').trim().split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => inodes.has(fields[9]) && port(fields[2]) === remotePort)
    .map((fields) => port(fields[1]));
}

function readlinkSafe(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return ''; // closed meanwhile
  }
}

/**
 * CPU ms used so far by each Postgres backend serving the api (found by the api's client
 * ports); empty when Postgres runs on another machine.
 */
async function backendsCpu(client: Client, apiPid: number): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE client_port = ANY($1)',
    [connectionPorts(apiPid, client.port)],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    if (existsSync(`/proc/${pid}/stat`)) cpu.set(pid, cpuMs(pid));
  }
  return cpu;
}

async function checkIntegrity(client: Client, tag: string, created: number, firstError: string) {
  const problems = await integrityProblems(client, tag, created);
  if (problems.length) {
    console.error(`INTEGRITY FAILED (first error: ${firstError}):\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
}

/**
 * Runs `work` on a copy of the scale database, dropped afterwards: the burst's thousands of
 * accounts and cohorts would otherwise stay, and skew the next searches and sorts of
 * `bench:api` (a search ordered by creation date walks past every newer account first).
 */
async function onScratchCopy(work: (url: string, tag: string) => Promise<void>): Promise<void> {
  const tag = `${Date.now().toString(36)}`;
  const scratch = `${scaleDatabase()}_burst_${tag}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    // Fails while another session (a running bench:api, say) uses the scale database.
    await admin.query(`CREATE DATABASE "${scratch}" TEMPLATE "${scaleDatabase()}"`);
    try {
      await work(databaseUrl(scratch), tag);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

async function run(url: string, tag: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const api = await startApi(url, `bench-${process.pid}-${'x'.repeat(40)}`, PORT);
  try {
    const warmup = await prepare(client, `${tag}w`, WARMUP_COHORTS);
    const requests = await prepare(client, tag, COHORTS);
    const login = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: SCALE_ADMIN_EMAIL, password: SCALE_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const warm = await burst(api, accessToken, warmup);
    await checkIntegrity(
      client,
      `${tag}w`,
      warm.statuses.filter((s) => s === 201).length,
      warm.firstError,
    );
    console.log(
      `warm-up: ${warmup.length} enrolments over ${WARMUP_COHORTS} other cohorts, not timed`,
    );
    console.log(`load average before: ${loadAverage()}`);
    const backendsBefore = await backendsCpu(client, api.pid);
    const apiBefore = cpuMs(api.pid);
    const { statuses, firstError, seconds } = await burst(api, accessToken, requests);
    const apiCpu = cpuMs(api.pid) - apiBefore;
    const backendsAfter = await backendsCpu(client, api.pid);
    const created = statuses.filter((status) => status === 201).length;
    console.log(
      `${requests.length} concurrent enrolments over ${COHORTS} cohorts: ${created} created in ` +
        `${seconds.toFixed(2)} s = ${(created / seconds).toFixed(0)} enrolments/s ` +
        `(other answers: ${JSON.stringify(tally(statuses.filter((s) => s !== 201)))})`,
    );
    const backendsCpuMs = [...backendsAfter].reduce(
      (sum, [pid, ms]) => sum + ms - (backendsBefore.get(pid) ?? 0),
      0,
    );
    const perRequest = (ms: number) => (ms / requests.length).toFixed(2);
    console.log(
      `CPU ms per request: api ${perRequest(apiCpu)}, its Postgres backends ` +
        (backendsAfter.size ? perRequest(backendsCpuMs) : 'not on this machine'),
    );
    console.log(`load average after: ${loadAverage()}`);
    await checkIntegrity(client, tag, created, firstError);
    if (!process.exitCode) {
      console.log(
        'integrity: one pair per 201, no cohort over capacity, seats counted, waitlists 1…n',
      );
    }
  } finally {
    api.stop();
    await client.end();
  }
}

onScratchCopy(run).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
