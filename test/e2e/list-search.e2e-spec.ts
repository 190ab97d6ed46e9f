import { createTestApp, TestApp } from '../support/app';

/**
 * The lists' `q`: a part of a name or an email, in any case, `%` and `_` taken literally, and
 * what a person or cohort is called now (the searched text is kept by the database when a row
 * is written, so a rename must reach it).
 */
describe('list searches', () => {
  let ctx: TestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp();
    auth = {
      Authorization: `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`,
    };
    for (const [displayName, email] of [
      ['Nadia Haddad', 'n.haddad@villeurbanne.fr'],
      ['Yannick LE GALL', 'ylg@brest.bzh'],
      ['Chloé 100% Vélo', 'chloe_velo@lyon.fr'],
      ['Chloe Velo', 'chloexvelo@lyon.fr'],
    ]) {
      await ctx.factory.user({ role: 'trainer', displayName, email });
    }
  });
  afterAll(() => ctx.close());

  const names = async (path: string) => {
    const { body } = await ctx.http().get(path).set(auth).expect(200);
    return (body as { displayName?: string; name?: string }[])
      .map((row) => row.displayName ?? row.name)
      .sort();
  };
  const users = (q: string) => names(`/api/v1/users?role=trainer&q=${encodeURIComponent(q)}`);

  it.each([
    ['haddad', ['Nadia Haddad']],
    ['HADDAD', ['Nadia Haddad']],
    ['le gall', ['Yannick LE GALL']],
    ['villeurbanne', ['Nadia Haddad']],
    ['@BREST.', ['Yannick LE GALL']],
    ['100%', ['Chloé 100% Vélo']],
    ['chloe_', ['Chloé 100% Vélo']],
    ['chloe', ['Chloe Velo', 'Chloé 100% Vélo']],
    ['nobody', []],
  ])('finds users by %p', async (q, expected) => {
    expect(await users(q)).toEqual(expected);
  });

  it('finds a renamed user under the new name only, and by a changed email', async () => {
    const user = await ctx.factory.user({ role: 'trainer', displayName: 'Avant Renommage' });
    await ctx
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(auth)
      .send({ displayName: 'Après Changement', email: 'nouvelle.adresse@exemple.fr' })
      .expect(200);
    expect(await users('renommage')).toEqual([]);
    expect(await users('changement')).toEqual(['Après Changement']);
    expect(await users('nouvelle.adresse')).toEqual(['Après Changement']);
  });

  it('finds cohorts by a part of their name in any case, renamed ones by the new name', async () => {
    const cohort = await ctx.factory.cohort({ name: 'Promotion Bretagne Nord' });
    await ctx.factory.cohort({ name: 'Promotion Occitanie' });
    const cohorts = (q: string) => names(`/api/v1/cohorts?q=${encodeURIComponent(q)}`);
    expect(await cohorts('BRETAGNE')).toEqual(['Promotion Bretagne Nord']);
    expect(await cohorts('promotion')).toEqual(['Promotion Bretagne Nord', 'Promotion Occitanie']);
    await ctx
      .http()
      .patch(`/api/v1/cohorts/${cohort.id}`)
      .set(auth)
      .send({ name: 'Promotion Finistère' })
      .expect(200);
    expect(await cohorts('bretagne')).toEqual([]);
    expect(await cohorts('finist')).toEqual(['Promotion Finistère']);
  });
});
