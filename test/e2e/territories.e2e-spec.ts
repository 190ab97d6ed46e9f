import { createTestApp, TestApp } from '../support/app';
import { expectProblem } from '../support/problem';

describe('territories', () => {
  let ctx: TestApp;
  let admin: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = {
      Authorization: `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`,
    };
  });
  afterAll(() => ctx.close());

  it('creates, renames and deletes a territory, with its audit trail', async () => {
    const created = await ctx
      .http()
      .post('/api/v1/territories')
      .set(admin)
      .send({ name: 'Métropole de Lyon', country: 'fr', level: 'inter_municipality' })
      .expect(201);
    const id = created.body.id as string;
    await ctx
      .http()
      .patch(`/api/v1/territories/${id}`)
      .set(admin)
      .send({ name: 'Lyon Métropole' })
      .expect(200);
    await ctx.http().delete(`/api/v1/territories/${id}`).set(admin).expect(204);
    const audit = await ctx
      .http()
      .get(`/api/v1/audit-log?entityId=${id}&_sort=id&_order=ASC`)
      .set(admin)
      .expect(200);
    expect(audit.body.map((row: { action: string }) => row.action)).toEqual([
      'territory.create',
      'territory.update',
      'territory.delete',
    ]);
  });

  it('refuses a duplicate name for the same country and level with 409', async () => {
    const body = { name: 'Brest', country: 'FR', level: 'municipality' };
    await ctx.http().post('/api/v1/territories').set(admin).send(body).expect(201);
    const duplicate = await ctx.http().post('/api/v1/territories').set(admin).send(body);
    expectProblem(duplicate, 409, 'conflict');
    expect(duplicate.body.errors).toHaveProperty('name');
  });

  it('refuses to delete a territory that participants belong to, with 409', async () => {
    const participant = await ctx.factory.user({ role: 'participant' });
    const response = await ctx
      .http()
      .delete(`/api/v1/territories/${participant.territoryId}`)
      .set(admin);
    expectProblem(response, 409, 'conflict');
    await ctx.http().get(`/api/v1/territories/${participant.territoryId}`).set(admin).expect(200);
  });

  it('lets trainers read but not change territories', async () => {
    const trainer = {
      Authorization: `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'trainer' }))}`,
    };
    const list = await ctx.http().get('/api/v1/territories?_sort=id').set(trainer).expect(200);
    expect(list.headers['content-range']).toMatch(/^territories 0-\d+\/\d+$/);
    expectProblem(
      await ctx
        .http()
        .post('/api/v1/territories')
        .set(trainer)
        .send({ name: 'X', country: 'FR', level: 'region' }),
      403,
      'forbidden',
    );
  });
});
