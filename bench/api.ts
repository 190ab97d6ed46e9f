/**
 * The api against a minimal reference server (bench/reference-server.ts), on the database of
 * `npm run seed:scale`, in one run: both are started, checked to answer the same (status, JSON
 * body and Content-Range of every sample request), then each endpoint is driven by autocannon,
 * api and reference back to back, and req/s, p50, p99 and CPU ms per request are printed with
 * the ratio api ÷ reference.
 *
 *   npm run bench:api   (BENCH_DURATION=10 s per run after BENCH_WARM_UP=3 s unmeasured,
 *                        BENCH_CONNECTIONS=32, SCALE_DATABASE,
 *                        BENCH_ONLY=roster,rates to run some scenarios, LOG_LEVEL for the api,
 *                        BENCH_PORT=3901 for the api and the next one for the reference)
 */
import autocannon from 'autocannon';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { databaseUrl, SCALE_ADMIN_EMAIL, SCALE_PASSWORD, scaleDatabase } from './scale-database';
import { cpuMs, loadAverage, startApi, startProcess, Server } from './servers';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ONLY = process.env.BENCH_ONLY?.split(',');
const TRAINER_EMAIL = 'scale-trainer-0@apprenance.local';
// The api listens on BENCH_PORT, the reference on the next port (two runs at once need two).
const PORT = Number(process.env.BENCH_PORT ?? 3901);

interface Scenario {
  name: string;
  as: 'admin' | 'trainer';
  paths: string[];
}

/** What the web app asks for, over cohorts the trainer runs and searches that match people. */
function scenarios(cohortIds: string[]): Scenario[] {
  const ofCohorts = (suffix: string) => cohortIds.map((id) => `/api/v1/cohorts/${id}/${suffix}`);
  const searches = ['mart', 'dubo', 'lefè', 'nguy', 'camille', 'élise.r', 'chevalier', 'xyz'];
  const pages = [0, 25, 50, 75, 100];
  return [
    { name: 'roster GET /cohorts/:id/pairs', as: 'trainer', paths: ofCohorts('pairs') },
    { name: 'grid GET /cohorts/:id/attendance', as: 'trainer', paths: ofCohorts('attendance') },
    {
      name: 'rates GET /cohorts/:id/attendance-rates',
      as: 'trainer',
      paths: ofCohorts('attendance-rates'),
    },
    { name: 'GET /auth/me', as: 'trainer', paths: ['/api/v1/auth/me'] },
    {
      name: 'users ?role=participant&q=',
      as: 'admin',
      paths: searches.map((q) => `/api/v1/users?role=participant&q=${encodeURIComponent(q)}`),
    },
    {
      name: 'users sorted by displayName',
      as: 'admin',
      paths: pages.map(
        (p) => `/api/v1/users?_sort=displayName&_order=ASC&_start=${p}&_end=${p + 25}`,
      ),
    },
    {
      name: 'users sorted by the other columns',
      as: 'admin',
      paths: ['email', 'role', 'isActive', 'createdAt'].flatMap((field) =>
        ['ASC', 'DESC'].map(
          (order) => `/api/v1/users?_sort=${field}&_order=${order}&_start=50&_end=75`,
        ),
      ),
    },
    {
      name: 'cohorts ?q=&_sort=name',
      as: 'admin',
      paths: ['mont', 'ville', 'saint-', 'roche', 'plou'].map(
        (q) => `/api/v1/cohorts?q=${q}&_sort=name&_order=ASC`,
      ),
    },
    {
      name: 'cohorts sorted by status, name, createdAt',
      as: 'admin',
      paths: ['status', 'name', 'createdAt'].flatMap((field) =>
        ['ASC', 'DESC'].map((order) => `/api/v1/cohorts?_sort=${field}&_order=${order}`),
      ),
    },
    {
      name: 'cohorts ?status=&_sort=startsOn',
      as: 'admin',
      paths: ['running', 'completed', 'open'].map(
        (s) => `/api/v1/cohorts?status=${s}&_sort=startsOn&_order=DESC`,
      ),
    },
  ].filter((s) => !ONLY || ONLY.some((o) => s.name.startsWith(o))) as Scenario[];
}

async function login(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: SCALE_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function answer(base: string, path: string, token: string): Promise<unknown> {
  const response = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    range: response.headers.get('content-range'),
    body: await response.json(),
  };
}

/** Every sample request answered identically by both, or the first difference. */
async function checkSame(
  api: Server,
  reference: Server,
  all: Scenario[],
  tokens: Record<string, string>,
): Promise<number> {
  let checked = 0;
  for (const scenario of all) {
    for (const path of scenario.paths) {
      const [ours, theirs] = await Promise.all([
        answer(api.url, path, tokens[scenario.as]),
        answer(reference.url, path, tokens[scenario.as]),
      ]);
      if (!isDeepStrictEqual(ours, theirs)) {
        throw new Error(
          `${path} differs:\napi ${JSON.stringify(ours).slice(0, 1500)}\nreference ${JSON.stringify(theirs).slice(0, 1500)}`,
        );
      }
      checked++;
    }
  }
  return checked;
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  cpuPerRequest: number;
  errors: number;
}

/** autocannon over the scenario's paths in turn, for `seconds`. */
function load(server: Server, scenario: Scenario, token: string, seconds: number) {
  let next = 0;
  return autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: scenario.paths[next++ % scenario.paths.length],
        }),
      },
    ],
  });
}

/**
 * One measured run, after WARM_UP seconds of the same requests that are not measured: the
 * first requests of a route pay for the JIT and for Postgres' caches, in both servers.
 */
async function drive(server: Server, scenario: Scenario, token: string): Promise<Measure> {
  if (WARM_UP > 0) await load(server, scenario, token, WARM_UP);
  const cpuBefore = cpuMs(server.pid);
  const result = await load(server, scenario, token, DURATION);
  const total = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequest: (cpuMs(server.pid) - cpuBefore) / Math.max(total, 1),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function trainerCohorts(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT c.id FROM cohorts c JOIN cohort_trainers t ON t.cohort_id = c.id
         JOIN users u ON u.id = t.trainer_id
        WHERE u.email = $1 AND c.status IN ('running', 'completed') ORDER BY c.id LIMIT 20`,
      [TRAINER_EMAIL],
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const url = databaseUrl(scaleDatabase());
  const secret = `bench-${process.pid}-${'x'.repeat(40)}`;
  const api = await startApi(url, secret, PORT);
  const reference = await startProcess(
    'reference',
    ['--import', 'tsx', 'bench/reference-server.ts'],
    { DATABASE_URL: url, JWT_SECRET: secret, PORT: String(PORT + 1) },
    `http://127.0.0.1:${PORT + 1}`,
  );
  try {
    const tokens = {
      admin: await login(api.url, SCALE_ADMIN_EMAIL),
      trainer: await login(api.url, TRAINER_EMAIL),
    };
    const all = scenarios(await trainerCohorts(url));
    console.log(`same answers: ${await checkSame(api, reference, all, tokens)} requests checked`);
    console.log(
      `${CONNECTIONS} connections, ${DURATION} s per run, load average before: ${loadAverage()}\n`,
    );
    console.log(
      '| endpoint | api req/s | api p50 | api p99 | api CPU ms/req | ref req/s | ref p50 | ref p99 | ref CPU ms/req | api/ref req/s | errors |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const scenario of all) {
      const ours = await drive(api, scenario, tokens[scenario.as]);
      const theirs = await drive(reference, scenario, tokens[scenario.as]);
      const cells = (m: Measure) => [
        m.rps.toFixed(0),
        `${m.p50} ms`,
        `${m.p99} ms`,
        m.cpuPerRequest.toFixed(2),
      ];
      console.log(
        `| ${scenario.name} | ${[...cells(ours), ...cells(theirs), (ours.rps / theirs.rps).toFixed(2), `${ours.errors}/${theirs.errors}`].join(' | ')} |`,
      );
    }
    console.log(`\nload average after: ${loadAverage()}`);
  } finally {
    api.stop();
    reference.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
