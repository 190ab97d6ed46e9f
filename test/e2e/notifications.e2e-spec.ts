import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';

describe('notifications: inbox and delivery list', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });
  afterAll(() => ctx.close());

  const api = () => ctx.http();

  it('shows a participant their enrolment in their inbox, in the asked language, with an unread count', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const { political, technical } = await ctx.factory.pairMembers();
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: political.id, technicalId: technical.id })
      .expect(201);
    const me = `Bearer ${await ctx.tokenFor(political)}`;
    const unread = () =>
      api().get('/api/v1/notifications/unread-count').set('Authorization', me).expect(200);
    expect((await unread()).body).toEqual({ count: 1 });

    for (const [locale, subject] of [
      ['fr', `Inscription confirmée : ${cohort.name}`],
      ['en', `Enrolment confirmed: ${cohort.name}`],
    ]) {
      const inbox = await api()
        .get(`/api/v1/notifications?locale=${locale}`)
        .set('Authorization', me)
        .expect(200);
      expect(inbox.headers['content-range']).toMatch(/\/1$/);
      expect(inbox.body).toEqual([
        expect.objectContaining({
          template: 'pair.enrolled',
          category: 'enrolment',
          subject,
          link: `/#/cohorts/${cohort.id}/show`,
          readAt: null,
        }),
      ]);
    }
    await api().post('/api/v1/notifications/read').set('Authorization', me).send({}).expect(204);
    expect((await unread()).body).toEqual({ count: 0 });
  });

  it('keeps account links out of the inbox and each inbox to its owner', async () => {
    const created = await api()
      .post('/api/v1/users')
      .set('Authorization', admin)
      .send({ email: 'invited@people.test', displayName: 'Invitée', role: 'trainer' })
      .expect(201);
    const other = await ctx.factory.user({ role: 'trainer' });
    const [{ n }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE recipient_id = $1`,
      [created.body.id],
    );
    expect(n).toBe(1);
    const inbox = await api()
      .get('/api/v1/notifications')
      .set(
        'Authorization',
        `Bearer ${await ctx.tokenFor({ id: created.body.id, role: 'trainer' })}`,
      )
      .expect(200);
    expect(inbox.body).toEqual([]);
    const others = await api()
      .get('/api/v1/notifications')
      .set('Authorization', `Bearer ${await ctx.tokenFor(other)}`)
      .expect(200);
    expect(others.body).toEqual([]);
  });

  it('lists deliveries to admins only, and retries only a failed one', async () => {
    // Its own messages to deliver, whatever ran before it (no worker drains them here).
    await ctx.factory.placedPair((await ctx.factory.cohort({ capacity: 6 })).id);
    const trainer = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'trainer' }))}`;
    expectProblem(
      await api().get('/api/v1/messages').set('Authorization', trainer),
      403,
      'forbidden',
      'auth.role_forbidden',
    );
    const pending = await api()
      .get('/api/v1/messages?status=pending&_sort=id&_order=DESC')
      .set('Authorization', admin)
      .expect(200);
    expect(pending.body.length).toBeGreaterThan(0);
    expect(pending.body[0]).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    const retry = await api()
      .post(`/api/v1/messages/${pending.body[0].id}/retry`)
      .set('Authorization', admin);
    expectProblem(retry, 422, 'rule_violation', 'message.not_failed');
    expectProblem(
      await api().post('/api/v1/messages/999999/retry').set('Authorization', admin),
      404,
      'not_found',
      'message.not_found',
    );
    expectProblem(
      await api().post('/api/v1/messages/abc/retry').set('Authorization', admin),
      400,
      'validation_failed',
    );
  });
});
