import * as ical from 'node-ical';
import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';

describe('cohorts', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp({ env: { DATABASE_POOL_SIZE: '20' } });
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });
  afterAll(() => ctx.close());

  const enrol = async (cohortId: string) => {
    const { political, technical } = await ctx.factory.pairMembers();
    return ctx
      .http()
      .post(`/api/v1/cohorts/${cohortId}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: political.id, technicalId: technical.id });
  };

  it('enrols 5 of 50 concurrent pairs and waitlists the other 45 in order', async () => {
    const cohort = await ctx.factory.cohort();
    const members = await Promise.all(Array.from({ length: 50 }, () => ctx.factory.pairMembers()));
    const responses = await Promise.all(
      members.map(({ political, technical }) =>
        ctx
          .http()
          .post(`/api/v1/cohorts/${cohort.id}/pairs`)
          .set('Authorization', admin)
          .send({ politicalId: political.id, technicalId: technical.id }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const statuses = responses.map((r) => r.body.status);
    expect(statuses.filter((s) => s === 'enrolled')).toHaveLength(5);
    const ranks = responses
      .filter((r) => r.body.status === 'waitlisted')
      .map((r) => r.body.waitlistRank)
      .sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    const [row] = await ctx.dataSource.query(
      `SELECT enrolled_seats, (SELECT count(*) FROM cohort_pairs WHERE cohort_id = $1 AND status = 'enrolled') AS pairs FROM cohorts WHERE id = $1`,
      [cohort.id],
    );
    expect({ seats: row.enrolled_seats, pairs: Number(row.pairs) }).toEqual({
      seats: 10,
      pairs: 5,
    });

    // Withdrawing an enrolled pair promotes waitlist rank 1 in the same transaction.
    const first = responses.find((r) => r.body.waitlistRank === 1)!.body;
    const leaving = responses.find((r) => r.body.status === 'enrolled')!.body;
    await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${leaving.id}/withdraw`)
      .set('Authorization', admin)
      .expect(200);
    const pairs = (
      await ctx.http().get(`/api/v1/cohorts/${cohort.id}/pairs`).set('Authorization', admin)
    ).body;
    expect(pairs.find((p: { id: string }) => p.id === first.id).status).toBe('enrolled');
    expect(pairs.filter((p: { status: string }) => p.status === 'enrolled')).toHaveLength(5);
    const notes = await ctx.dataSource.query(
      `SELECT recipient_id, template FROM notification_outbox WHERE template IN ('pair.promoted', 'pair.withdrawn') AND payload->>'cohortId' = $1`,
      [cohort.id],
    );
    expect(notes).toHaveLength(4);

    // The database refuses an overbooking even if a code path forgot the lock.
    const waiting = pairs.find((p: { status: string }) => p.status === 'waitlisted');
    await expect(
      ctx.dataSource.query(
        `UPDATE cohort_pairs SET status = 'enrolled', waitlist_rank = NULL WHERE id = $1`,
        [waiting.id],
      ),
    ).rejects.toThrow(/ck_cohorts_seats/);
  });

  it('refuses invalid pairs, naming the field', async () => {
    const cohort = await ctx.factory.cohort();
    const territory = await ctx.factory.territory();
    const a = await ctx.factory.user({ kind: 'political', territoryId: territory.id });
    const b = await ctx.factory.user({ kind: 'political', territoryId: territory.id });
    const other = await ctx.factory.user({ kind: 'technical' });
    const post = (politicalId: string, technicalId: string) =>
      ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs`)
        .set('Authorization', admin)
        .send({ politicalId, technicalId });
    // Each pair and the specific reason its refusal gives.
    for (const [p, t, reason] of [
      [a.id, b.id, 'pair.wrong_kind'],
      [a.id, other.id, 'pair.different_territories'],
      [a.id, a.id, 'pair.same_person'],
    ]) {
      const response = await post(p, t);
      expectProblem(response, 422, 'rule_violation', reason);
      expect(Object.keys(response.body.errors)).toContain('technicalId');
    }
    expect(
      await ctx.dataSource.query(`SELECT 1 FROM cohort_pairs WHERE cohort_id = $1`, [cohort.id]),
    ).toEqual([]);
    expectProblem(
      await ctx.http().post('/api/v1/cohorts').set('Authorization', admin).send({
        courseId: cohort.courseId,
        name: 'x',
        language: 'fr',
        timeZone: 'Europe/Paris',
        venue: 'x',
        capacity: 11,
      }),
      400,
      'validation_failed',
    );
  });

  it('refuses members who hold a place here or in a running cohort, naming them, and writes nothing', async () => {
    const other = await ctx.factory.cohort();
    const cohort = await ctx.factory.cohort();
    const [elsewhere, here] = [
      (await ctx.factory.placedPair(other.id)).members,
      (await ctx.factory.placedPair(cohort.id)).members,
    ];
    const post = ([politicalId, technicalId]: string[]) =>
      ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs`)
        .set('Authorization', admin)
        .send({ politicalId, technicalId });
    const pairsHere = async () =>
      (
        await ctx.dataSource.query(
          `SELECT count(*)::int AS n FROM cohort_pairs WHERE cohort_id = $1`,
          [cohort.id],
        )
      )[0].n;
    for (const [members, reason] of [
      [here, 'pair.member_in_this_cohort'],
      [elsewhere, 'pair.member_in_other_cohort'],
    ] as const) {
      const refused = await post(members);
      expectProblem(refused, 409, 'conflict', reason);
      expect(Object.keys(refused.body.errors).sort()).toEqual(['politicalId', 'technicalId']);
    }
    expect(await pairsHere()).toBe(1);
    // A finished cohort holds nobody.
    await ctx.dataSource.query(`UPDATE cohorts SET status = 'completed' WHERE id = $1`, [other.id]);
    expect((await post(elsewhere).expect(201)).body.status).toBe('enrolled');
    expect(await pairsHere()).toBe(2);
  });

  it('starts a cohort only with 5 enrolled participants and its sessions', async () => {
    const cohort = await ctx.factory.cohort({ startsOn: '2027-03-08' });
    const status = (s: string) =>
      ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/status`)
        .set('Authorization', admin)
        .send({ status: s });
    await status('open').expect(200);
    await enrol(cohort.id);
    await enrol(cohort.id);
    const tooFew = await status('running');
    expectProblem(tooFew, 422, 'rule_violation', 'cohort.too_few_participants');
    expect(tooFew.body.params).toEqual({ minimum: 5, enrolled: 4 });
    await enrol(cohort.id);
    expect((await status('running')).body.status).toBe('running');
  });

  it('generates sessions in local time across a daylight-saving change', async () => {
    const short = await ctx.factory.cohort({ format: 'short', startsOn: '2026-03-27' });
    const sessions = (
      await ctx.http().get(`/api/v1/cohorts/${short.id}/sessions`).set('Authorization', admin)
    ).body;
    expect(sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    expect(sessions.map((s: { startTime: string }) => s.startTime)).toEqual([
      '09:00',
      '09:00',
      '09:00',
    ]);

    const deep = await ctx.factory.cohort({ format: 'deep', startsOn: '2026-10-21' });
    const deepSessions = (
      await ctx.http().get(`/api/v1/cohorts/${deep.id}/sessions`).set('Authorization', admin)
    ).body;
    expect(
      deepSessions.map((s: { date: string; dayCount: number }) => [s.date, s.dayCount]),
    ).toEqual([
      ['2026-10-21', 3],
      ['2026-11-04', 3],
      ['2026-11-18', 3],
    ]);
    expect(deepSessions[0].days[0].startsAt).toBe('2026-10-21T07:00:00.000Z');
    expect(deepSessions[1].days[0].startsAt).toBe('2026-11-04T08:00:00.000Z');

    const moved = await ctx
      .http()
      .patch(`/api/v1/cohorts/${short.id}/sessions/${sessions[0].id}`)
      .set('Authorization', admin)
      .send({ date: '2026-05-01' });
    expectProblem(moved, 422, 'rule_violation');
    expect(moved.body.errors).toHaveProperty('date');
  });

  it('records attendance in bulk and computes per-phase rates', async () => {
    const cohort = await ctx.factory.cohort({ format: 'deep', startsOn: '2027-01-04' });
    const pair = (await enrol(cohort.id)).body;
    const [s1] = (
      await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin)
    ).body;
    const p = pair.political.id;
    await ctx
      .http()
      .put(`/api/v1/cohorts/${cohort.id}/sessions/${s1.id}/attendance`)
      .set('Authorization', admin)
      .send({
        entries: [1, 2, 3].map((dayIndex) => ({
          participantId: p,
          dayIndex,
          status: dayIndex === 3 ? 'absent' : 'present',
        })),
      })
      .expect(200);
    const outsider = await ctx.factory.user();
    const bad = await ctx
      .http()
      .put(`/api/v1/cohorts/${cohort.id}/sessions/${s1.id}/attendance`)
      .set('Authorization', admin)
      .send({ entries: [{ participantId: outsider.id, dayIndex: 1, status: 'present' }] });
    expectProblem(bad, 422, 'rule_violation');
    expect(bad.body.errors).toHaveProperty(['entries.0.participantId']);
    const rates = (
      await ctx
        .http()
        .get(`/api/v1/cohorts/${cohort.id}/attendance-rates`)
        .set('Authorization', admin)
    ).body;
    const mine = rates.find((r: { participantId: string }) => r.participantId === p);
    expect(mine.phases[0]).toMatchObject({
      phase: 'free_software_culture',
      days: 3,
      present: 2,
      absent: 1,
      rate: 0.667,
    });
    expect(mine.phases[1]).toMatchObject({ days: 3, present: 0, rate: 0 });
  });

  it('serves an iCalendar feed behind a secret URL until it is revoked', async () => {
    const cohort = await ctx.factory.cohort({ format: 'short', startsOn: '2026-03-27' });
    const link = (
      await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/calendar-link`)
        .set('Authorization', admin)
        .expect(201)
    ).body.url;
    const path = new URL(link).pathname;
    const feed = await ctx.http().get(path).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(feed.text)).filter(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(events.map((e) => e.start.toISOString()).sort()).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    expect(feed.text).toContain('BEGIN:VTIMEZONE');
    await ctx
      .http()
      .get(path.replace(/[0-9a-f]{4}\.ics$/, '0000.ics'))
      .expect(404);
    const other = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    const otherPath = new URL(
      (
        await ctx
          .http()
          .post(`/api/v1/cohorts/${cohort.id}/calendar-link`)
          .set('Authorization', other)
          .expect(201)
      ).body.url,
    ).pathname;
    await ctx
      .http()
      .delete(`/api/v1/cohorts/${cohort.id}/calendar-link`)
      .set('Authorization', admin)
      .expect(204);
    await ctx.http().get(path).expect(404);
    // Revoking one's own link leaves the other members' links working.
    await ctx.http().get(otherPath).expect(200);
  });

  it('imports pairs from CSV: dry run first, then all or nothing', async () => {
    const cohort = await ctx.factory.cohort();
    const header =
      'territory_name;territory_country;territory_level;political_name;political_email;political_position;technical_name;technical_email;technical_position';
    const good = [
      'Saint-Étienne;FR;municipality;Zoé Élue;zoe@se.fr;Maire;Luc Agent;luc@se.fr;DGS',
      'Lyon;FR;municipality;Ana Élue;ana@lyon.fr;Adjointe;Bob Agent;bob@lyon.fr;SIG',
    ];
    const bad = 'Lyon;XX;village;Cid;not-an-email;;Cid;;';
    const send = (body: Buffer, dryRun: boolean) =>
      ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs/import?dryRun=${dryRun}`)
        .set('Authorization', admin)
        .set('Content-Type', 'text/csv')
        .send(body);
    const latin1 = Buffer.from([header, ...good, bad].join('\r\n'), 'latin1');
    const report = (await send(latin1, true).expect(200)).body;
    expect(report.encoding).toBe('windows-1252');
    expect(Object.keys(report.errors)).toEqual(
      expect.arrayContaining([
        'line 4: territory_country',
        'line 4: territory_level',
        'line 4: political_email',
      ]),
    );
    expectProblem(await send(latin1, false), 422, 'rule_violation');
    expect(await ctx.dataSource.query(`SELECT 1 FROM users WHERE email = 'zoe@se.fr'`)).toEqual([]);

    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from([header, ...good].join('\n')),
    ]);
    const done = (await send(utf8, false).expect(200)).body;
    expect(done).toMatchObject({ encoding: 'utf-8', pairs: 2, enrolled: 2, errors: {} });
    const roster = await ctx
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/roster.csv`)
      .set('Authorization', admin)
      .expect(200);
    expect(roster.text).toContain('Zoé Élue');
  });

  it('shows participants their own cohort and nothing of others', async () => {
    const mine = await ctx.factory.cohort({ startsOn: '2027-02-01' });
    const other = await ctx.factory.cohort({ startsOn: '2027-02-01' });
    const pair = (await enrol(mine.id)).body;
    const token = `Bearer ${await ctx.tokenFor({ id: pair.political.id, role: 'participant' })}`;
    await ctx.http().get(`/api/v1/cohorts/${mine.id}`).set('Authorization', token).expect(200);
    await ctx
      .http()
      .get(`/api/v1/cohorts/${mine.id}/sessions`)
      .set('Authorization', token)
      .expect(200);
    for (const path of ['', '/sessions', '/pairs', '/attendance']) {
      expectProblem(
        await ctx.http().get(`/api/v1/cohorts/${other.id}${path}`).set('Authorization', token),
        404,
        'not_found',
      );
    }
    const list = (await ctx.http().get('/api/v1/cohorts').set('Authorization', token)).body;
    expect(list.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    const trainer = await ctx.factory.user({ role: 'trainer' });
    expectProblem(
      await ctx
        .http()
        .get(`/api/v1/cohorts/${mine.id}`)
        .set('Authorization', `Bearer ${await ctx.tokenFor(trainer)}`),
      404,
      'not_found',
    );
  });
});
