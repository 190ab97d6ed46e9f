/**
 * The benchmarks' yardstick: the endpoints `bench:api` measures, answered with the same JSON
 * (and the same Content-Range) by the least code that can: Fastify, `pg`, hand-written SQL, an
 * HMAC check of the token and a re-read of the account, as the api does. Not part of the
 * product. Started by `bench/api.ts` with DATABASE_URL, JWT_SECRET and PORT.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { Pool, types } from 'pg';

types.setTypeParser(1082, (value) => value); // `date` stays 'YYYY-MM-DD', as TypeORM gives it
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = Buffer.from(process.env.JWT_SECRET ?? '');
const PHASES = ['free_software_culture', 'civic_tech_testing', 'strategic_application'];

interface Actor {
  id: string;
  role: 'admin' | 'trainer' | 'participant';
}
type Query = Record<string, string | undefined>;

class Refused extends Error {
  constructor(readonly status: number) {
    super(String(status));
  }
}

const USER_COLUMNS = `id, email, display_name AS "displayName", locale, role, is_active AS "isActive",
  kind, territory_id AS "territoryId", position, created_at AS "createdAt", updated_at AS "updatedAt"`;

async function authenticate(request: FastifyRequest): Promise<Actor> {
  const [head, body, signature] = /^Bearer (\S+)$/i
    .exec(request.headers.authorization ?? '')?.[1]
    .split('.') ?? ['', '', ''];
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature ?? '', 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Refused(401);
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as {
    sub: string;
    ver: number;
    exp: number;
  };
  if (claims.exp * 1000 < Date.now()) throw new Refused(401);
  const { rows } = await pool.query(
    'SELECT id, role, is_active, token_version FROM users WHERE id = $1',
    [claims.sub],
  );
  if (!rows[0]?.is_active || rows[0].token_version !== claims.ver) throw new Refused(401);
  return rows[0];
}

/** 404 unless the actor may see the cohort (admins all, trainers theirs, participants theirs). */
async function checkVisible(actor: Actor, cohortId: string): Promise<void> {
  const { rowCount } = await pool.query(
    `SELECT 1 FROM cohorts c WHERE c.id = $1 AND ($2 = 'admin'
       OR ($2 = 'trainer' AND EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = c.id AND t.trainer_id = $3))
       OR ($2 = 'participant' AND EXISTS (SELECT 1 FROM cohort_pairs p WHERE p.cohort_id = c.id
             AND p.status = 'enrolled' AND $3 IN (p.political_id, p.technical_id))))`,
    [cohortId, actor.role, actor.id],
  );
  if (!rowCount) throw new Refused(404);
}

async function roster(actor: Actor, cohortId: string): Promise<unknown> {
  await checkVisible(actor, cohortId);
  const trainer = actor.role !== 'participant';
  const member = (alias: string) =>
    `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name,
       'email', CASE WHEN $2 THEN ${alias}.email END, 'position', ${alias}.position, 'kind', ${alias}.kind)`;
  const { rows } = await pool.query(
    `SELECT p.id, p.cohort_id AS "cohortId", p.territory_id AS "territoryId", t.name AS "territoryName",
            p.status, p.waitlist_rank AS "waitlistRank", ${member('a')} AS political, ${member('b')} AS technical,
            p.created_at AS "createdAt", p.updated_at AS "updatedAt"
       FROM cohort_pairs p JOIN territories t ON t.id = p.territory_id
       JOIN users a ON a.id = p.political_id JOIN users b ON b.id = p.technical_id
      WHERE p.cohort_id = $1 AND ($2 OR p.status = 'enrolled')
      ORDER BY p.status, p.waitlist_rank, p.created_at, p.id`,
    [cohortId, trainer],
  );
  return rows;
}

async function attendance(actor: Actor, cohortId: string): Promise<unknown> {
  await checkVisible(actor, cohortId);
  const { rows } = await pool.query(
    `SELECT a.session_id AS "sessionId", s.phase, a.participant_id AS "participantId",
            a.day_index AS "dayIndex", a.status, a.note, a.recorded_at AS "recordedAt"
       FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id
      WHERE s.cohort_id = $1 AND ($2::uuid IS NULL OR a.participant_id = $2)
      ORDER BY a.session_id, a.participant_id, a.day_index`,
    [cohortId, actor.role === 'participant' ? actor.id : null],
  );
  return rows;
}

async function rates(actor: Actor, cohortId: string): Promise<unknown> {
  await checkVisible(actor, cohortId);
  const { rows } = await pool.query(
    `WITH members AS (
       SELECT m.id, row_number() OVER (ORDER BY p.created_at, p.id, m.side) AS ord
         FROM cohort_pairs p CROSS JOIN LATERAL (VALUES (p.political_id, 0), (p.technical_id, 1)) m(id, side)
        WHERE p.cohort_id = $1 AND p.status = 'enrolled')
     SELECT u.id AS "participantId", u.display_name AS "displayName", ph.phase,
            COALESCE(max(s.day_count), 0)::int AS days,
            count(*) FILTER (WHERE a.status = 'present')::int AS present,
            count(*) FILTER (WHERE a.status = 'absent')::int AS absent,
            count(*) FILTER (WHERE a.status = 'excused')::int AS excused
       FROM members m JOIN users u ON u.id = m.id
      CROSS JOIN unnest($3::course_phase[]) WITH ORDINALITY ph(phase, n)
       LEFT JOIN cohort_sessions s ON s.cohort_id = $1 AND s.phase = ph.phase
       LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = u.id
      WHERE $2::uuid IS NULL OR m.id = $2
      GROUP BY u.id, u.display_name, ph.phase, ph.n, m.ord
      ORDER BY m.ord, ph.n`,
    [cohortId, actor.role === 'participant' ? actor.id : null, PHASES],
  );
  const byParticipant = new Map<
    string,
    { participantId: string; displayName: string; phases: unknown[] }
  >();
  for (const { participantId, displayName, phase, days, present, absent, excused } of rows) {
    let entry = byParticipant.get(participantId);
    if (!entry)
      byParticipant.set(participantId, (entry = { participantId, displayName, phases: [] }));
    const rate = days ? Math.round((present / days) * 1000) / 1000 : 0;
    entry.phases.push({ phase, days, present, absent, excused, rate });
  }
  return [...byParticipant.values()];
}

function window(query: Query): { offset: number; limit: number } {
  const offset = Number(query._start ?? 0);
  const limit = Math.max(1, Math.min(Number(query._end ?? offset + 25) - offset, 200));
  return { offset, limit };
}

function like(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Exact up to 1,000 rows, else the planner's estimate (at least 1,001), as the api counts. */
async function countOf(sql: string, params: unknown[]): Promise<number> {
  const capped = await pool.query(`SELECT count(*)::int AS n FROM (${sql} LIMIT 1001) c`, params);
  if (capped.rows[0].n <= 1000) return capped.rows[0].n;
  const plan = await pool.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return Math.max(1001, Math.round(plan.rows[0]['QUERY PLAN'][0].Plan['Plan Rows']));
}

/** A list: the filtered, sorted page and its total, as `Content-Range`. */
async function list(
  reply: FastifyReply,
  resource: string,
  select: string,
  from: string,
  where: string[],
  params: unknown[],
  order: string,
  query: Query,
): Promise<unknown[]> {
  const { offset, limit } = window(query);
  const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query._order === 'DESC' ? 'DESC' : 'ASC';
  const [page, total] = await Promise.all([
    pool.query(
      `SELECT ${select} FROM ${from} ${condition} ORDER BY ${order} ${direction}, id ${direction}
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    ),
    countOf(`SELECT 1 FROM ${from} ${condition}`, params),
  ]);
  const end = page.rows.length ? offset + page.rows.length - 1 : offset;
  reply.header('Content-Range', `${resource} ${offset}-${end}/${total}`);
  return page.rows;
}

const USER_SORTS: Record<string, string> = {
  displayName: 'display_name',
  email: 'email',
  createdAt: 'created_at',
  role: 'role',
  isActive: 'is_active',
};
const COHORT_SORTS: Record<string, string> = {
  name: 'name',
  startsOn: 'starts_on',
  status: 'status',
  createdAt: 'created_at',
};

/** The conditions of the filters present in the query, their values as numbered parameters. */
function conditions(query: Query, filters: Record<string, (n: number) => string>) {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [name, sql] of Object.entries(filters)) {
    const value = query[name];
    if (!value) continue;
    params.push(name === 'q' ? like(value) : value);
    where.push(sql(params.length));
  }
  return { where, params };
}

async function users(actor: Actor, query: Query, reply: FastifyReply): Promise<unknown> {
  if (actor.role !== 'admin') throw new Refused(403);
  const { where, params } = conditions(query, {
    role: (n) => `role = $${n}`,
    q: (n) => `search LIKE lower($${n})`,
  });
  const order = USER_SORTS[query._sort ?? 'displayName'];
  return list(reply, 'users', USER_COLUMNS, 'users', where, params, order, query);
}

async function cohorts(actor: Actor, query: Query, reply: FastifyReply): Promise<unknown> {
  if (actor.role !== 'admin') throw new Refused(403);
  const { where, params } = conditions(query, {
    status: (n) => `status = $${n}`,
    q: (n) => `search LIKE lower($${n})`,
  });
  const order = COHORT_SORTS[query._sort ?? 'createdAt'];
  const rows = (await list(
    reply,
    'cohorts',
    `id, course_id AS "courseId", name, language, venue, online, online_url AS "onlineUrl",
     time_zone AS "timeZone", capacity, status, starts_on AS "startsOn", ends_on AS "endsOn",
     enrolled_seats AS "enrolledSeats",
     ARRAY(SELECT trainer_id FROM cohort_trainers t WHERE t.cohort_id = cohorts.id
            ORDER BY t.created_at, t.trainer_id)::text[] AS "trainerIds",
     created_at AS "createdAt", updated_at AS "updatedAt"`,
    'cohorts',
    where,
    params,
    order,
    query,
  )) as Record<string, unknown>[];
  return rows;
}

async function me(actor: Actor): Promise<unknown> {
  const { rows } = await pool.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [actor.id]);
  return rows[0];
}

type Handler = (actor: Actor, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
const app = Fastify();
const cohortId = (request: FastifyRequest) => (request.params as { id: string }).id;
const routes: Record<string, Handler> = {
  '/api/v1/auth/me': (actor) => me(actor),
  '/api/v1/users': (actor, request, reply) => users(actor, request.query as Query, reply),
  '/api/v1/cohorts': (actor, request, reply) => cohorts(actor, request.query as Query, reply),
  '/api/v1/cohorts/:id/pairs': (actor, request) => roster(actor, cohortId(request)),
  '/api/v1/cohorts/:id/attendance': (actor, request) => attendance(actor, cohortId(request)),
  '/api/v1/cohorts/:id/attendance-rates': (actor, request) => rates(actor, cohortId(request)),
};
for (const [path, handler] of Object.entries(routes)) {
  app.get(path, async (request, reply) => {
    try {
      return await handler(await authenticate(request), request, reply);
    } catch (error) {
      if (error instanceof Refused) return reply.code(error.status).send({ status: error.status });
      throw error;
    }
  });
}
app.listen({ port: Number(process.env.PORT ?? 3902), host: '127.0.0.1' }).then(
  () => console.error('reference server ready'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
