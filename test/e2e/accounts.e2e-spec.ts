import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createTestApp, TestApp } from '../support/app';
import { requireTestEnv } from '../support/env';
import { expectProblem } from '../support/problem';

const PASSWORD = 'a long and private sentence';

describe('accounts: invitation, activation, reset, logout everywhere', () => {
  let ctx: TestApp;
  let admin: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });
  afterAll(() => ctx.close());

  const api = () => ctx.http();
  /** The link's token as the mail carries it (no worker here: read from the outbox row). */
  const lastToken = async (userId: string, template: string): Promise<string> => {
    const [row] = await ctx.dataSource.query(
      `SELECT payload->>'token' AS token FROM notification_outbox
        WHERE recipient_id = $1 AND template = $2 ORDER BY id DESC LIMIT 1`,
      [userId, template],
    );
    return row.token;
  };
  const invite = async (locale = 'fr') => {
    const created = await api()
      .post('/api/v1/users')
      .set('Authorization', admin)
      .send({
        email: `trainer-${Math.random().toString(36).slice(2)}@people.test`,
        displayName: 'Dominique',
        role: 'trainer',
        locale,
      })
      .expect(201);
    return created.body as { id: string; email: string };
  };
  const activate = (token: string, password = PASSWORD) =>
    api().post('/api/v1/auth/activate').send({ token, password });
  const me = (token: string) =>
    api().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

  it('creates an account without a password and opens it from its single-use invitation', async () => {
    const user = await invite();
    const token = await lastToken(user.id, 'account.invitation');
    const login = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: PASSWORD });
    expectProblem(login, 401, 'invalid_credentials', 'auth.invalid_credentials');

    const opened = await activate(token).expect(200);
    expect(opened.body.user).toMatchObject({ id: user.id, isActive: true });
    await me(opened.body.accessToken).expect(200);
    await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: PASSWORD })
      .expect(200);

    expectProblem(await activate(token), 422, 'rule_violation', 'account.link_used');
    const [stored] = await ctx.dataSource.query(
      `SELECT secret_hash FROM account_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(stored.secret_hash).not.toContain(token.split('.')[1]);
  });

  it.each([
    ['forged', (token: string) => `${token.slice(0, -4)}AAAA`, 'account.link_invalid'],
    ['malformed', () => 'not-a-token', 'account.link_invalid'],
    [
      'unknown',
      () => `00000000-0000-4000-8000-000000000000.${'a'.repeat(43)}`,
      'account.link_invalid',
    ],
  ])('refuses a %s link', async (_case, alter, reason) => {
    const user = await invite();
    const token = await lastToken(user.id, 'account.invitation');
    expectProblem(await activate(alter(token)), 422, 'rule_violation', reason);
  });

  it('refuses an expired link', async () => {
    const user = await invite();
    const token = await lastToken(user.id, 'account.invitation');
    await ctx.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [user.id],
    );
    expectProblem(await activate(token), 422, 'rule_violation', 'account.link_expired');
  });

  it.each([
    ['too short', 'short pass', /at least 12/],
    ['too common', 'password1234', /too common/],
  ])('refuses a password %s, naming the field', async (_case, password, message) => {
    const user = await invite();
    const response = await activate(await lastToken(user.id, 'account.invitation'), password);
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors.password.join(' ')).toMatch(message);
  });

  it('lets an admin resend an invitation: the earlier link stops working', async () => {
    const user = await invite();
    const first = await lastToken(user.id, 'account.invitation');
    await api().post(`/api/v1/users/${user.id}/invitation`).set('Authorization', admin).expect(204);
    const second = await lastToken(user.id, 'account.invitation');
    expect(second).not.toBe(first);
    expectProblem(await activate(first), 422, 'rule_violation', 'account.link_invalid');
    await activate(second).expect(200);
    const again = await api()
      .post(`/api/v1/users/${user.id}/invitation`)
      .set('Authorization', admin);
    expectProblem(again, 422, 'rule_violation', 'user.already_opened');
  });

  it('lets the trainers of the person’s cohort resend an invitation, and no other trainer', async () => {
    const trainer = await ctx.factory.user({ role: 'trainer' });
    const stranger = await ctx.factory.user({ role: 'trainer' });
    const cohort = await ctx.factory.cohort({ capacity: 6, trainerIds: [trainer.id] });
    const pair = await ctx.factory.placedPair(cohort.id);
    // The factory's members have passwords: make one never opened, as an import leaves it.
    await ctx.dataSource.query(`UPDATE users SET password_hash = '!' WHERE id = $1`, [
      pair.members[0],
    ]);
    const resend = async (as: { id: string }) =>
      api()
        .post(`/api/v1/users/${pair.members[0]}/invitation`)
        .set('Authorization', `Bearer ${await ctx.tokenFor({ id: as.id, role: 'trainer' })}`);
    expectProblem(await resend(stranger), 404, 'not_found', 'user.not_found');
    expect((await resend(trainer)).status).toBe(204);
    expect(await lastToken(pair.members[0], 'account.invitation')).toBeTruthy();
  });

  it('invites the members of an accepted application, not before', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/status`)
      .set('Authorization', admin)
      .send({ status: 'open' })
      .expect(200);
    const email = (who: string) => `${who}-${Math.random().toString(36).slice(2)}@people.test`;
    const emails = [email('elue'), email('agent')];
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/applications`)
      .send({
        territory: { name: `Bourg ${Date.now()}`, country: 'FR', level: 'municipality' },
        political: { displayName: 'Élue', email: emails[0], locale: 'fr' },
        technical: { displayName: 'Agent', email: emails[1], locale: 'en' },
      })
      .expect(202);
    const invitations = () =>
      ctx.dataSource.query(
        `SELECT u.email FROM notification_outbox n JOIN users u ON u.id = n.recipient_id
          WHERE n.template = 'account.invitation' AND u.email = ANY($1) ORDER BY u.email`,
        [emails],
      );
    expect(await invitations()).toEqual([]);
    const [pair] = await ctx.dataSource.query(`SELECT id FROM cohort_pairs WHERE cohort_id = $1`, [
      cohort.id,
    ]);
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${pair.id}/accept`)
      .set('Authorization', admin)
      .expect(200);
    expect((await invitations()).map((row: { email: string }) => row.email)).toEqual(
      [...emails].sort(),
    );
  });

  it('answers a reset request the same way whether the address has an account or not', async () => {
    const user = await ctx.factory.user({ role: 'trainer' });
    const known = await api().post('/api/v1/auth/password-reset').send({ email: user.email });
    const unknown = await api()
      .post('/api/v1/auth/password-reset')
      .send({ email: 'nobody-here@people.test' });
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    expect(known.status).toBe(202);
    const count = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE template = 'account.password_reset'
         AND recipient_id = $1`,
      [user.id],
    );
    expect(count[0].n).toBe(1);
  });

  it('resets a password from its link and closes every session opened before', async () => {
    const user = await ctx.factory.user({ role: 'trainer' });
    const before = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    await api().post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
    const token = await lastToken(user.id, 'account.password_reset');
    const reset = await api()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: PASSWORD })
      .expect(200);
    expectProblem(await me(before.body.accessToken), 401, 'unauthorized', 'auth.token_revoked');
    await me(reset.body.accessToken).expect(200);
    const old = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password });
    expectProblem(old, 401, 'invalid_credentials');
  });

  it('changes a password with the current one, closing the other sessions', async () => {
    const user = await ctx.factory.user({ role: 'participant' });
    const login = () =>
      api().post('/api/v1/auth/login').send({ email: user.email, password: user.password });
    const [first, second] = [(await login()).body.accessToken, (await login()).body.accessToken];
    const change = (currentPassword: string) =>
      api()
        .post('/api/v1/auth/password')
        .set('Authorization', `Bearer ${first}`)
        .send({ currentPassword, newPassword: PASSWORD });
    expectProblem(
      await change('not my password'),
      401,
      'invalid_credentials',
      'account.wrong_current_password',
    );
    const changed = await change(user.password).expect(200);
    expectProblem(await me(second), 401, 'unauthorized', 'auth.token_revoked');
    await me(changed.body.accessToken).expect(200);
  });

  it('closes every session of an account an admin deactivates, even once reactivated', async () => {
    const user = await ctx.factory.user({ role: 'trainer' });
    const session = (
      await api().post('/api/v1/auth/login').send({ email: user.email, password: user.password })
    ).body.accessToken;
    const setActive = (isActive: boolean) =>
      api()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', admin)
        .send({ isActive })
        .expect(200);
    await setActive(false);
    await setActive(true);
    expectProblem(await me(session), 401, 'unauthorized', 'auth.token_revoked');
  });

  it('creates the first admin from the command line and prints the link that opens it', async () => {
    const createAdmin = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [path.resolve(__dirname, '../../apps/api/dist/cli.js'), 'create-admin', ...args],
        {
          env: {
            PATH: process.env.PATH,
            PUBLIC_URL: 'https://learn.example.org',
            DATABASE_URL: ctx.databaseUrl,
            REDIS_URL: requireTestEnv('redisUrl'),
            REDIS_PREFIX: `${ctx.redisPrefix}-cli`,
            JWT_SECRET: 'x'.repeat(32),
            LOG_LEVEL: 'silent',
          },
          encoding: 'utf8',
        },
      );
    const missing = createAdmin();
    expect([missing.status, missing.stderr.trim()]).toEqual([1, '--email is required']);

    const created = createAdmin('--email', 'First.Admin@Example.org', '--name', 'Ada');
    expect(created.status).toBe(0);
    const link = /https:\/\/learn\.example\.org\/#\/activate\?token=(\S+)/.exec(created.stdout);
    expect(link).not.toBeNull();
    const opened = await activate(decodeURIComponent(link?.[1] ?? '')).expect(200);
    expect(opened.body.user).toMatchObject({
      email: 'first.admin@example.org',
      role: 'admin',
      isActive: true,
    });

    const again = createAdmin('--email', 'first.admin@example.org');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already uses this email/);
  });
});
