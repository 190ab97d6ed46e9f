import { JwtService } from '@nestjs/jwt';
import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';

describe('auth', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('logs in with the right password and returns a token and the user', async () => {
    const user = await ctx.factory.user({ role: 'trainer', email: 'Claire@Example.org' });
    const response = await ctx
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'claire@example.org', password: user.password })
      .expect(200);
    expect(response.body.user).toMatchObject({
      id: user.id,
      email: 'claire@example.org',
      role: 'trainer',
    });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const me = await ctx
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(user.id);
  });

  it('refuses a wrong password, an unknown email and an inactive account alike', async () => {
    const user = await ctx.factory.user({ role: 'admin' });
    const inactive = await ctx.factory.user({ role: 'admin', isActive: false });
    for (const body of [
      { email: user.email, password: 'not the password' },
      { email: 'nobody@example.org', password: 'whatever it is' },
      { email: inactive.email, password: inactive.password },
    ]) {
      const response = await ctx.http().post('/api/v1/auth/login').send(body);
      expectProblem(response, 401, 'invalid_credentials', 'auth.invalid_credentials');
    }
  });

  it('validates the login body and names the fields', async () => {
    const response = await ctx.http().post('/api/v1/auth/login').send({ email: 'not-an-email' });
    expectProblem(response, 400, 'validation_failed');
    expect(Object.keys(response.body.errors).sort()).toEqual(['email', 'password']);
  });

  it('rejects missing, forged and expired tokens with 401', async () => {
    const user = await ctx.factory.user({ role: 'admin' });
    const forged = new JwtService({ secret: 'another secret that is long enough!!' });
    const expired = await ctx.app
      .get(JwtService)
      .signAsync({ sub: user.id, role: 'admin' }, { expiresIn: -10 });
    const tokens = [
      undefined,
      'Bearer',
      `Bearer ${await forged.signAsync({ sub: user.id, role: 'admin' })}`,
      `Bearer ${expired}`,
      'Basic dXNlcjpwYXNz',
    ];
    for (const header of tokens) {
      const call = ctx.http().get('/api/v1/auth/me');
      const response = await (header ? call.set('Authorization', header) : call);
      expectProblem(response, 401, 'unauthorized');
    }
  });

  it('stops accepting the token of an account once it is deactivated', async () => {
    const user = await ctx.factory.user({ role: 'trainer' });
    const token = await ctx.tokenFor(user);
    await ctx.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await ctx.dataSource.query('UPDATE users SET is_active = false WHERE id = $1', [user.id]);
    expectProblem(
      await ctx.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`),
      401,
      'unauthorized',
      'auth.account_inactive',
    );
  });
});

describe('login throttling', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp({
      env: { LOGIN_MAX_PER_EMAIL_PER_15_MINUTES: '3', LOGIN_MAX_PER_IP_PER_MINUTE: '6' },
    });
  });
  afterAll(() => ctx.close());

  it('limits attempts per email, then per address, with 429 problems', async () => {
    const user = await ctx.factory.user({ role: 'admin' });
    const attempt = (email: string) =>
      ctx.http().post('/api/v1/auth/login').send({ email, password: 'wrong password' });
    for (let i = 0; i < 3; i++) expect((await attempt(user.email)).status).toBe(401);
    const blocked = await attempt(user.email.toUpperCase());
    expectProblem(blocked, 429, 'too_many_requests');
    expect(blocked.headers['retry-after']).toBeDefined();
    // Other emails from the same address still get through until the per-address limit.
    expect((await attempt('other-1@example.org')).status).toBe(401);
    expect((await attempt('other-2@example.org')).status).toBe(401);
    expectProblem(await attempt('other-3@example.org'), 429, 'too_many_requests');
  });
});
