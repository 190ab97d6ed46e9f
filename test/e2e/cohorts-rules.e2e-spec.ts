import * as ical from 'node-ical';
import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';

/** Applications, self-withdrawal, bad input, visibility, time zones, OpenAPI and audit of cohorts. */
describe('cohorts: rules and visibility', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });
  afterAll(() => ctx.close());

  const bearer = async (user: { id: string; role: 'admin' | 'trainer' | 'participant' }) =>
    `Bearer ${await ctx.tokenFor(user)}`;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await ctx.dataSource.query(sql, params))[0].n);
  const enrol = async (cohortId: string) => {
    const { political, technical } = await ctx.factory.pairMembers();
    const response = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohortId}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: political.id, technicalId: technical.id })
      .expect(201);
    return response.body;
  };
  const participant = (pair: { political: { id: string } }) =>
    bearer({ id: pair.political.id, role: 'participant' });

  describe('public applications', () => {
    const application = (
      territory: string,
      political: string,
      technical: string,
      level = 'municipality',
    ) => ({
      territory: { name: territory, country: 'FR', level },
      political: { displayName: 'Élue', email: political },
      technical: { displayName: 'Agent', email: technical },
    });

    it('answers the same whether or not an email has an account elsewhere, and tells the trainers', async () => {
      const trainer = await ctx.factory.user({ role: 'trainer' });
      const cohort = await ctx.factory.cohort({ trainerIds: [trainer.id] });
      await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/status`)
        .set('Authorization', admin)
        .send({ status: 'open' })
        .expect(200);
      const existing = await ctx.factory.user({ kind: 'political' });
      const url = `/api/v1/cohorts/${cohort.id}/applications`;

      const fresh = await ctx
        .http()
        .post(url)
        .send(application('Vizille', 'new.p@vizille.fr', 'new.t@vizille.fr'))
        .expect(202);
      const clash = await ctx
        .http()
        .post(url)
        .send(application('Vif', existing.email, 'new.t@vif.fr'))
        .expect(202);
      expect(clash.body).toEqual(fresh.body);
      expect(JSON.stringify(clash.body)).not.toMatch(/account|territor/i);

      // The clash wrote no pair and no account, but reached the trainer and the audit log.
      expect(await count(`SELECT count(*) n FROM users WHERE email = 'new.t@vif.fr'`)).toBe(0);
      const pairs = await ctx.dataSource.query(
        `SELECT status FROM cohort_pairs WHERE cohort_id = $1`,
        [cohort.id],
      );
      expect(pairs).toEqual([{ status: 'applied' }]);
      const [notice] = await ctx.dataSource.query(
        `SELECT recipient_id, payload FROM notification_outbox WHERE template = 'pair.application_conflict'`,
      );
      expect(notice.recipient_id).toBe(trainer.id);
      expect(notice.payload.problems['political.email']).toEqual([
        'already has an account in another territory',
      ]);
      expect(
        await count(
          `SELECT count(*) n FROM audit_log WHERE action = 'pair.apply_conflict' AND entity_id = $1`,
          [cohort.id],
        ),
      ).toBe(1);

      // Input problems that reveal nothing about accounts are still named.
      const same = await ctx
        .http()
        .post(url)
        .send(application('Vif', 'x@vif.fr', 'x@vif.fr'))
        .expect(422);
      expect(Object.keys(same.body.errors)).toEqual(['technical.email']);
    });

    it('lets no application keep a person out of another cohort', async () => {
      const open = await ctx.factory.cohort();
      await ctx
        .http()
        .post(`/api/v1/cohorts/${open.id}/status`)
        .set('Authorization', admin)
        .send({ status: 'open' })
        .expect(200);
      const territory = await ctx.factory.territory();
      const political = await ctx.factory.user({ kind: 'political', territoryId: territory.id });
      const technical = await ctx.factory.user({ kind: 'technical', territoryId: territory.id });
      await ctx
        .http()
        .post(`/api/v1/cohorts/${open.id}/applications`)
        .send({
          territory: { name: territory.name, country: territory.country, level: territory.level },
          political: { displayName: 'x', email: political.email },
          technical: { displayName: 'y', email: technical.email },
        })
        .expect(202);
      const [applied] = await ctx.dataSource.query(
        `SELECT id, status FROM cohort_pairs WHERE cohort_id = $1`,
        [open.id],
      );
      expect(applied.status).toBe('applied');
      const elsewhere = await ctx.factory.cohort();
      await ctx
        .http()
        .post(`/api/v1/cohorts/${elsewhere.id}/pairs`)
        .set('Authorization', admin)
        .send({ politicalId: political.id, technicalId: technical.id })
        .expect(201);
      // Accepting the application now would put them in two cohorts.
      const accept = await ctx
        .http()
        .post(`/api/v1/cohorts/${open.id}/pairs/${applied.id}/accept`)
        .set('Authorization', admin);
      expectProblem(accept, 409, 'conflict', 'pair.member_in_other_cohort');
      expect(Object.keys(accept.body.errors).sort()).toEqual(['politicalId', 'technicalId']);
    });
  });

  describe('withdrawal by a participant', () => {
    it('withdraws their own pair (never another) and promotes the first waitlisted pair', async () => {
      const trainer = await ctx.factory.user({ role: 'trainer' });
      const cohort = await ctx.factory.cohort({ capacity: 6, trainerIds: [trainer.id] });
      const [mine, other] = [await enrol(cohort.id), await enrol(cohort.id)];
      await enrol(cohort.id);
      const waiting = [await enrol(cohort.id), await enrol(cohort.id)];
      expect(waiting.map((p) => [p.status, p.waitlistRank])).toEqual([
        ['waitlisted', 1],
        ['waitlisted', 2],
      ]);
      const token = await bearer({ id: mine.technical.id, role: 'participant' });
      const withdraw = (pairId: string, auth = token) =>
        ctx
          .http()
          .post(`/api/v1/cohorts/${cohort.id}/pairs/${pairId}/withdraw`)
          .set('Authorization', auth);

      expectProblem(await withdraw(other.id), 404, 'not_found');
      expect(
        await count(`SELECT count(*) n FROM cohort_pairs WHERE id = $1 AND status = 'enrolled'`, [
          other.id,
        ]),
      ).toBe(1);

      expect((await withdraw(mine.id).expect(200)).body.status).toBe('withdrawn');
      const statuses = await ctx.dataSource.query(
        `SELECT id, status, waitlist_rank FROM cohort_pairs WHERE id = ANY($1)`,
        [waiting.map((p) => p.id)],
      );
      expect(statuses).toEqual(
        expect.arrayContaining([
          { id: waiting[0].id, status: 'enrolled', waitlist_rank: null },
          // The rank is the place in line: the second in line is now first.
          { id: waiting[1].id, status: 'waitlisted', waitlist_rank: 1 },
        ]),
      );
      const notes = await ctx.dataSource.query(
        `SELECT recipient_id, template FROM notification_outbox WHERE payload->>'cohortId' = $1 AND template IN ('pair.withdrawn', 'pair.promoted', 'pair.withdrawn_by_member') ORDER BY id`,
        [cohort.id],
      );
      expect(notes.map((n: { template: string }) => n.template).sort()).toEqual([
        'pair.promoted',
        'pair.promoted',
        'pair.withdrawn',
        'pair.withdrawn',
        'pair.withdrawn_by_member',
      ]);
      expect(
        notes.find((n: { template: string }) => n.template === 'pair.withdrawn_by_member')
          .recipient_id,
      ).toBe(trainer.id);
      const actions = await ctx.dataSource.query(
        `SELECT action, actor_id FROM audit_log WHERE entity_id = ANY($1) ORDER BY id`,
        [[mine.id, waiting[0].id]],
      );
      expect(actions).toEqual(
        expect.arrayContaining([
          { action: 'pair.withdrawn', actor_id: mine.technical.id },
          { action: 'pair.promote', actor_id: mine.technical.id },
        ]),
      );
      // Once withdrawn, the pair can neither be withdrawn again nor see the cohort.
      expectProblem(await withdraw(mine.id), 422, 'rule_violation', 'pair.cannot_withdraw');
      expectProblem(
        await ctx.http().get(`/api/v1/cohorts/${cohort.id}`).set('Authorization', token),
        404,
        'not_found',
      );
    });

    it('lets a waitlisted participant leave the waitlist', async () => {
      const cohort = await ctx.factory.cohort({ capacity: 5 });
      await enrol(cohort.id);
      await enrol(cohort.id);
      const waiting = await enrol(cohort.id);
      expect(waiting.status).toBe('waitlisted');
      const response = await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs/${waiting.id}/withdraw`)
        .set('Authorization', await participant(waiting))
        .expect(200);
      expect(response.body).toMatchObject({ status: 'withdrawn', waitlistRank: null });
    });
  });

  describe('bad input: 4xx naming the field, nothing written', () => {
    it('refuses attendance for a day the session does not have, or twice the same day', async () => {
      const cohort = await ctx.factory.cohort({ format: 'short', startsOn: '2027-03-01' });
      const pair = await enrol(cohort.id);
      const [session] = (
        await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin)
      ).body;
      expect(session.dayCount).toBe(1);
      const put = (entries: object[]) =>
        ctx
          .http()
          .put(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}/attendance`)
          .set('Authorization', admin)
          .send({ entries });
      const p = pair.political.id;
      const beyond = await put([
        { participantId: p, dayIndex: 1, status: 'present' },
        { participantId: p, dayIndex: 2, status: 'present' },
      ]);
      expectProblem(beyond, 422, 'rule_violation', 'attendance.not_in_cohort');
      expect(Object.keys(beyond.body.errors)).toEqual(['entries.1.dayIndex']);
      const twice = await put([
        { participantId: p, dayIndex: 1, status: 'present' },
        { participantId: p, dayIndex: 1, status: 'absent' },
      ]);
      expectProblem(twice, 422, 'rule_violation', 'attendance.not_in_cohort');
      expect(Object.keys(twice.body.errors)).toEqual(['entries.1.dayIndex']);
      expectProblem(
        await put([{ participantId: p, dayIndex: 6, status: 'present' }]),
        400,
        'validation_failed',
      );
      expect(
        await count(`SELECT count(*) n FROM attendance WHERE session_id = $1`, [session.id]),
      ).toBe(0);
    });

    it('refuses an end date before the start, and a session moved outside the dates', async () => {
      const cohort = await ctx.factory.cohort({ startsOn: '2027-03-01' });
      const early = await ctx
        .http()
        .patch(`/api/v1/cohorts/${cohort.id}`)
        .set('Authorization', admin)
        .send({ endsOn: '2027-02-01' });
      expectProblem(early, 422, 'rule_violation', 'cohort.ends_before_start');
      expect(early.body.params).toEqual({ startsOn: '2027-03-01' });
      expect(Object.keys(early.body.errors)).toEqual(['endsOn']);
      const [session] = (
        await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin)
      ).body;
      const before = await ctx
        .http()
        .patch(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}`)
        .set('Authorization', admin)
        .send({ date: '2027-02-26' });
      expectProblem(before, 422, 'rule_violation', 'session.outside_cohort_dates');
      expect(before.body.params).toEqual({ from: '2027-03-01', to: cohort.endsOn });
      expect(Object.keys(before.body.errors)).toEqual(['date']);
      const times = await ctx
        .http()
        .patch(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}`)
        .set('Authorization', admin)
        .send({ startTime: '14:00', endTime: '13:00' });
      expectProblem(times, 422, 'rule_violation', 'session.ends_before_start');
      expect(Object.keys(times.body.errors)).toEqual(['endTime']);
      const [row] = await ctx.dataSource.query(`SELECT ends_on::text FROM cohorts WHERE id = $1`, [
        cohort.id,
      ]);
      expect(row.ends_on).toBe(cohort.endsOn);
      const sessions = (
        await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin)
      ).body;
      expect(sessions[0].startsAt).toBe(session.startsAt);
    });

    it('refuses an 11th participant: a full cohort of 10 waitlists the 6th pair', async () => {
      const cohort = await ctx.factory.cohort({ capacity: 10 });
      for (let i = 0; i < 5; i++) expect((await enrol(cohort.id)).status).toBe('enrolled');
      expect((await enrol(cohort.id)).status).toBe('waitlisted');
      const [row] = await ctx.dataSource.query(`SELECT enrolled_seats FROM cohorts WHERE id = $1`, [
        cohort.id,
      ]);
      expect(row.enrolled_seats).toBe(10);
      const more = await ctx
        .http()
        .patch(`/api/v1/cohorts/${cohort.id}`)
        .set('Authorization', admin)
        .send({ capacity: 11 });
      expectProblem(more, 400, 'validation_failed', 'request.invalid_fields');
      expect(Object.keys(more.body.errors)).toEqual(['capacity']);
    });

    it('refuses a CSV in UTF-16, naming the file, and writes nothing', async () => {
      const cohort = await ctx.factory.cohort();
      const response = await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs/import?dryRun=false`)
        .set('Authorization', admin)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from('\ufeffterritory_name,x\nA,B', 'utf16le'));
      expectProblem(response, 422, 'rule_violation', 'pair_import.not_text');
      expect(Object.keys(response.body.errors)).toEqual(['file']);
      expect(
        await count(`SELECT count(*) n FROM cohort_pairs WHERE cohort_id = $1`, [cohort.id]),
      ).toBe(0);
    });
  });

  describe('visibility', () => {
    it('shows a participant their own attendance and rates only, and no exports', async () => {
      const cohort = await ctx.factory.cohort({ format: 'deep', startsOn: '2027-01-04' });
      const [a, b] = [await enrol(cohort.id), await enrol(cohort.id)];
      const [session] = (
        await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin)
      ).body;
      const everyone = [a.political, a.technical, b.political, b.technical];
      await ctx
        .http()
        .put(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}/attendance`)
        .set('Authorization', admin)
        .send({
          entries: everyone.map((m, i) => ({
            participantId: m.id,
            dayIndex: 1,
            status: i % 2 ? 'absent' : 'present',
            note: `note ${i}`,
          })),
        })
        .expect(200);
      const token = await participant(a);
      const get = (path: string) =>
        ctx.http().get(`/api/v1/cohorts/${cohort.id}${path}`).set('Authorization', token);
      const rows = (await get('/attendance').expect(200)).body;
      expect(rows.map((r: { participantId: string }) => r.participantId)).toEqual([a.political.id]);
      const rates = (await get('/attendance-rates').expect(200)).body;
      expect(rates.map((r: { participantId: string }) => r.participantId)).toEqual([
        a.political.id,
      ]);
      // Members of the cohort are visible, without their emails.
      const pairs = (await get('/pairs').expect(200)).body;
      expect(pairs.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id].sort());
      expect(pairs.every((p: { political: { email: null } }) => p.political.email === null)).toBe(
        true,
      );
      for (const path of ['/attendance.csv', '/roster.csv']) {
        expectProblem(await get(path), 403, 'forbidden');
      }
    });

    it('keeps a trainer to their cohorts: 404 on others, exports and calendar links included', async () => {
      const trainer = await ctx.factory.user({ role: 'trainer' });
      const token = await bearer(trainer);
      const mine = await ctx.factory.cohort({ trainerIds: [trainer.id], startsOn: '2027-02-01' });
      const other = await ctx.factory.cohort({ startsOn: '2027-02-01' });
      const [session] = (
        await ctx.http().get(`/api/v1/cohorts/${other.id}/sessions`).set('Authorization', admin)
      ).body;
      const pair = await enrol(other.id);
      await ctx
        .http()
        .get(`/api/v1/cohorts/${mine.id}/roster.csv`)
        .set('Authorization', token)
        .expect(200);
      const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
        ctx.http()[method](`/api/v1/cohorts/${other.id}${path}`).set('Authorization', token);
      for (const [method, path, body] of [
        ['get', '', undefined],
        ['get', '/pairs', undefined],
        ['get', '/sessions', undefined],
        ['get', '/attendance', undefined],
        ['get', '/attendance-rates', undefined],
        ['get', '/roster.csv', undefined],
        ['get', '/attendance.csv', undefined],
        ['post', '/calendar-link', undefined],
        ['delete', '/calendar-link', undefined],
        ['patch', '', { name: 'x' }],
        ['post', '/status', { status: 'open' }],
        ['post', `/pairs/${pair.id}/withdraw`, undefined],
        ['patch', `/sessions/${session.id}`, { startTime: '10:00' }],
        [
          'put',
          `/sessions/${session.id}/attendance`,
          { entries: [{ participantId: pair.political.id, dayIndex: 1, status: 'present' }] },
        ],
      ] as const) {
        const response = await call(method, path).send(body);
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
      }
      const list = (await ctx.http().get('/api/v1/cohorts').set('Authorization', token)).body;
      expect(list.map((c: { id: string }) => c.id)).toEqual([mine.id]);
      expect(
        await count(`SELECT count(*) n FROM calendar_tokens WHERE user_id = $1`, [trainer.id]),
      ).toBe(0);
    });

    it('stops a calendar feed when its owner leaves the cohort', async () => {
      const cohort = await ctx.factory.cohort({ startsOn: '2027-02-01' });
      const pair = await enrol(cohort.id);
      const token = await participant(pair);
      const url = (
        await ctx
          .http()
          .post(`/api/v1/cohorts/${cohort.id}/calendar-link`)
          .set('Authorization', token)
          .expect(201)
      ).body.url;
      const path = new URL(url).pathname;
      await ctx.http().get(path).expect(200);
      await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs/${pair.id}/withdraw`)
        .set('Authorization', token)
        .expect(200);
      expectProblem(await ctx.http().get(path), 404, 'not_found');
    });
  });

  describe('time zones', () => {
    it('shows sessions in the cohort zone and keeps local hours when the zone changes', async () => {
      const cohort = await ctx.factory.cohort({
        format: 'short',
        startsOn: '2026-10-23',
        timeZone: 'America/Montreal',
      });
      const sessions = async () =>
        (await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin))
          .body;
      // Friday 23 October, then Monday 26 and Tuesday 27: 09:00 local, EDT (UTC−4).
      expect(
        (await sessions()).map((s: { date: string; startTime: string; startsAt: string }) => [
          s.date,
          s.startTime,
          s.startsAt,
        ]),
      ).toEqual([
        ['2026-10-23', '09:00', '2026-10-23T13:00:00.000Z'],
        ['2026-10-26', '09:00', '2026-10-26T13:00:00.000Z'],
        ['2026-10-27', '09:00', '2026-10-27T13:00:00.000Z'],
      ]);
      await ctx
        .http()
        .patch(`/api/v1/cohorts/${cohort.id}`)
        .set('Authorization', admin)
        .send({ timeZone: 'Europe/Paris' })
        .expect(200);
      // Paris changes to winter time on 25 October: 07:00Z before, 08:00Z after.
      const moved = await sessions();
      expect(
        moved.map((s: { timeZone: string; startTime: string; startsAt: string }) => [
          s.timeZone,
          s.startTime,
          s.startsAt,
        ]),
      ).toEqual([
        ['Europe/Paris', '09:00', '2026-10-23T07:00:00.000Z'],
        ['Europe/Paris', '09:00', '2026-10-26T08:00:00.000Z'],
        ['Europe/Paris', '09:00', '2026-10-27T08:00:00.000Z'],
      ]);
      const link = (
        await ctx
          .http()
          .post(`/api/v1/cohorts/${cohort.id}/calendar-link`)
          .set('Authorization', admin)
          .expect(201)
      ).body.url;
      const feed = (await ctx.http().get(new URL(link).pathname).expect(200)).text;
      expect(feed).toContain('BEGIN:VTIMEZONE');
      expect(feed).toContain('TZID:Europe/Paris');
      expect(feed).toContain('DTSTART;TZID=Europe/Paris:20261026T090000');
      const events = Object.values(ical.sync.parseICS(feed)).filter(
        (c) => c?.type === 'VEVENT',
      ) as ical.VEvent[];
      expect(events.map((e) => e.start.toISOString()).sort()).toEqual(
        moved.map((s: { startsAt: string }) => s.startsAt),
      );
    });
  });

  describe('audit', () => {
    it('records calendar links and attendance with what changed', async () => {
      const cohort = await ctx.factory.cohort({ startsOn: '2027-02-01' });
      const pair = await enrol(cohort.id);
      const [session] = (
        await ctx.http().get(`/api/v1/cohorts/${cohort.id}/sessions`).set('Authorization', admin)
      ).body;
      const put = (status: string) =>
        ctx
          .http()
          .put(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}/attendance`)
          .set('Authorization', admin)
          .send({ entries: [{ participantId: pair.political.id, dayIndex: 1, status }] })
          .expect(200);
      await put('absent');
      await put('excused');
      const [, last] = await ctx.dataSource.query(
        `SELECT changes FROM audit_log WHERE action = 'attendance.record' AND entity_id = $1 ORDER BY id`,
        [session.id],
      );
      expect(last.changes.entries).toEqual([
        {
          participantId: pair.political.id,
          dayIndex: 1,
          status: 'excused',
          note: null,
          was: 'absent',
        },
      ]);
      await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/calendar-link`)
        .set('Authorization', admin)
        .expect(201);
      await ctx
        .http()
        .delete(`/api/v1/cohorts/${cohort.id}/calendar-link`)
        .set('Authorization', admin)
        .expect(204);
      const actions = await ctx.dataSource.query(
        `SELECT action FROM audit_log WHERE changes->>'cohortId' = $1 AND entity_type = 'calendar_token' ORDER BY id`,
        [cohort.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'calendar_link.issue',
        'calendar_link.revoke',
      ]);
    });
  });

  it('documents every cohort endpoint with its response types and problems', async () => {
    const { body } = await ctx.http().get('/api/docs-json').expect(200);
    const operations = Object.entries(
      body.paths as Record<
        string,
        Record<string, { responses: Record<string, { content?: object }> }>
      >,
    ).flatMap(([path, methods]) =>
      /^\/api\/v1\/(cohorts|calendars)/.test(path)
        ? Object.entries(methods).map(([method, op]) => ({ path, method, op }))
        : [],
    );
    expect(operations.length).toBeGreaterThanOrEqual(19);
    for (const { path, method, op } of operations) {
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      expect({ path, method, successes: success.length }).toEqual({ path, method, successes: 1 });
      const [[status, response]] = success;
      if (status !== '204') {
        expect({ path, method, content: Boolean(response.content) }).toEqual({
          path,
          method,
          content: true,
        });
      }
      expect({ path, method, problem: op.responses['404'] ?? op.responses['400'] }).toEqual({
        path,
        method,
        problem: expect.objectContaining({
          content: { 'application/problem+json': expect.anything() },
        }),
      });
    }
    const csv = body.paths['/api/v1/cohorts/{cohortId}/roster.csv'].get.responses['200'];
    expect(Object.keys(csv.content)).toEqual(['text/csv']);
    const ics = body.paths['/api/v1/calendars/{tokenId}/{secret}.ics'].get.responses['200'];
    expect(Object.keys(ics.content)).toEqual(['text/calendar']);
    const imports = body.paths['/api/v1/cohorts/{cohortId}/pairs/import'].post;
    expect(Object.keys(imports.requestBody.content)).toEqual(['text/csv']);
    const refs = [...JSON.stringify(body).matchAll(/#\/components\/schemas\/(\w+)/g)].map(
      (m) => m[1],
    );
    expect(refs.filter((name) => !body.components.schemas[name])).toEqual([]);
  });
});
