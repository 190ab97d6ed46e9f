import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';

describe('users administration', () => {
  let ctx: TestApp;
  let admin: { id: string; role: 'admin' };
  let auth: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await ctx.factory.user({ role: 'admin' })) as typeof admin;
    auth = { Authorization: `Bearer ${await ctx.tokenFor(admin)}` };
  });
  afterAll(() => ctx.close());

  const auditOf = (entityId: string) =>
    ctx.dataSource.query(
      `SELECT action, actor_id, changes FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );

  it('creates, reads, updates and deletes a participant, auditing each change', async () => {
    const territory = await ctx.factory.territory({ name: 'Villeurbanne' });
    const created = await ctx
      .http()
      .post('/api/v1/users')
      .set(auth)
      .send({
        email: ' Elue@Villeurbanne.FR ',
        displayName: 'Nadia Haddad',
        role: 'participant',
        password: 'a long enough password',
        kind: 'political',
        territoryId: territory.id,
        position: 'Maire adjointe',
        locale: 'fr',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'elue@villeurbanne.fr',
      kind: 'political',
      isActive: true,
    });
    expect(created.body).not.toHaveProperty('password');
    expect(created.body).not.toHaveProperty('passwordHash');
    const id = created.body.id as string;

    await ctx.http().get(`/api/v1/users/${id}`).set(auth).expect(200);
    const updated = await ctx
      .http()
      .patch(`/api/v1/users/${id}`)
      .set(auth)
      .send({ displayName: 'Nadia Haddad-Martin', password: 'another long password' })
      .expect(200);
    expect(updated.body.displayName).toBe('Nadia Haddad-Martin');
    // The new password works.
    await ctx
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'elue@villeurbanne.fr', password: 'another long password' })
      .expect(200);

    await ctx.http().delete(`/api/v1/users/${id}`).set(auth).expect(204);
    await ctx.http().get(`/api/v1/users/${id}`).set(auth).expect(404);

    const audit = await auditOf(id);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'user.create',
      'user.update',
      'user.delete',
    ]);
    expect(audit[1]).toMatchObject({
      actor_id: admin.id,
      changes: { displayName: ['Nadia Haddad', 'Nadia Haddad-Martin'], password: 'changed' },
    });
    expect(JSON.stringify(audit)).not.toContain('another long password');
  });

  it('names the fields a participant lacks, or that a trainer must not have', async () => {
    const base = { email: 'x@example.org', displayName: 'X', password: 'a long enough password' };
    const participant = await ctx
      .http()
      .post('/api/v1/users')
      .set(auth)
      .send({ ...base, role: 'participant' });
    expectProblem(participant, 422, 'rule_violation');
    expect(Object.keys(participant.body.errors)).toEqual(['kind', 'territoryId']);
    const trainer = await ctx
      .http()
      .post('/api/v1/users')
      .set(auth)
      .send({ ...base, role: 'trainer', kind: 'technical' });
    expectProblem(trainer, 422, 'rule_violation');
    expect(Object.keys(trainer.body.errors)).toEqual(['kind']);
    const count = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE email = 'x@example.org'`,
    );
    expect(count[0].n).toBe(0);
  });

  it('rejects a duplicate email (any case) with 409 and an unknown territory with 422', async () => {
    const existing = await ctx.factory.user({ role: 'trainer' });
    const duplicate = await ctx.http().post('/api/v1/users').set(auth).send({
      email: existing.email.toUpperCase(),
      displayName: 'Y',
      role: 'trainer',
      password: 'a long enough password',
    });
    expectProblem(duplicate, 409, 'conflict');
    expect(duplicate.body.errors).toHaveProperty('email');
    const unknown = await ctx.http().post('/api/v1/users').set(auth).send({
      email: 'z@example.org',
      displayName: 'Z',
      role: 'participant',
      kind: 'technical',
      territoryId: '00000000-0000-4000-8000-000000000000',
      password: 'a long enough password',
    });
    expectProblem(unknown, 422, 'invalid_reference');
    expect(unknown.body.errors).toHaveProperty('territoryId');
  });

  it('validates types, unknown fields and short passwords', async () => {
    const response = await ctx.http().post('/api/v1/users').set(auth).send({
      email: 42,
      displayName: '',
      role: 'king',
      password: 'short',
      isActive: 'yes',
      admin: true,
    });
    expectProblem(response, 400, 'validation_failed');
    expect(Object.keys(response.body.errors).sort()).toEqual(
      ['admin', 'displayName', 'email', 'isActive', 'password', 'role'].sort(),
    );
  });

  it('lists with react-admin paging, sorting and filters, total in Content-Range', async () => {
    for (let i = 0; i < 3; i++)
      await ctx.factory.user({ role: 'trainer', displayName: `Zoé Listing ${i}` });
    const page = await ctx
      .http()
      .get('/api/v1/users?_start=1&_end=3&_sort=displayName&_order=DESC&role=trainer&q=listing')
      .set(auth)
      .expect(200);
    expect(page.headers['content-range']).toBe('users 1-2/3');
    expect(page.body.map((u: { displayName: string }) => u.displayName)).toEqual([
      'Zoé Listing 1',
      'Zoé Listing 0',
    ]);
    const many = await ctx
      .http()
      .get(`/api/v1/users?id=${page.body[0].id}&id=${page.body[1].id}`)
      .set(auth)
      .expect(200);
    expect(many.body).toHaveLength(2);
    expectProblem(
      await ctx.http().get('/api/v1/users?_sort=passwordHash').set(auth),
      422,
      'rule_violation',
    );
    expectProblem(
      await ctx.http().get('/api/v1/users?_start=-1').set(auth),
      400,
      'validation_failed',
    );
  });

  it('does not let an admin delete, demote or deactivate themself', async () => {
    expectProblem(
      await ctx.http().delete(`/api/v1/users/${admin.id}`).set(auth),
      422,
      'rule_violation',
    );
    expectProblem(
      await ctx.http().patch(`/api/v1/users/${admin.id}`).set(auth).send({ isActive: false }),
      422,
      'rule_violation',
    );
    expectProblem(
      await ctx.http().patch(`/api/v1/users/${admin.id}`).set(auth).send({ role: 'trainer' }),
      422,
      'rule_violation',
    );
  });

  it('clears participant fields when a participant becomes a trainer', async () => {
    const participant = await ctx.factory.user({ role: 'participant' });
    const response = await ctx
      .http()
      .patch(`/api/v1/users/${participant.id}`)
      .set(auth)
      .send({ role: 'trainer' })
      .expect(200);
    expect(response.body).toMatchObject({
      role: 'trainer',
      kind: null,
      territoryId: null,
      position: null,
    });
  });
});
