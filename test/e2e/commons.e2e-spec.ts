import { parse } from 'csv-parse/sync';
import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import type { CourseDto } from '../../apps/api/src/courses/dto/course.dto';
import { createTestApp, TestApp } from '../support/app';
import { actors, Actors, createCourse, createModule } from '../support/courses';
import { samples } from '../support/files';
import { expectProblem } from '../support/problem';
import { binary, unzip } from '../support/zip';

describe('civic-tech catalogue', () => {
  let ctx: TestApp;
  let as: Actors;

  beforeAll(async () => {
    ctx = await createTestApp();
    as = await actors(ctx);
  });
  afterAll(() => ctx.close());

  it('lets admins manage it, with a validated SPDX licence, and everyone read it', async () => {
    const body = { ...CIVIC_TECH_SEED[0], slug: 'decidim-test' };
    const created = await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', as.admin.auth)
      .send(body)
      .expect(201);
    expect(created.body).toMatchObject({
      slug: 'decidim-test',
      licence: 'AGPL-3.0-only',
      categories: body.categories,
    });
    expectProblem(
      await ctx.http().post('/api/v1/civic-techs').set('Authorization', as.admin.auth).send(body),
      409,
      'conflict',
    );
    expectProblem(
      await ctx.http().post('/api/v1/civic-techs').set('Authorization', as.trainer.auth).send(body),
      403,
      'forbidden',
    );
    for (const licence of ['AGPL-3.0', 'WTFPL-2', '']) {
      const response = await ctx
        .http()
        .post('/api/v1/civic-techs')
        .set('Authorization', as.admin.auth)
        .send({ ...body, slug: 'other', licence });
      expectProblem(response, 400, 'validation_failed');
      expect(Object.keys(response.body.errors)).toEqual(['licence']);
    }
    const bad = await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', as.admin.auth)
      .send({ ...body, slug: 'Not A Slug', categories: ['gossip'], repositoryUrl: 'ftp://x' });
    expectProblem(bad, 400, 'validation_failed');
    expect(Object.keys(bad.body.errors).sort()).toEqual(['categories', 'repositoryUrl', 'slug']);

    const updated = await ctx
      .http()
      .patch(`/api/v1/civic-techs/${created.body.id}`)
      .set('Authorization', as.admin.auth)
      .send({ licence: 'agpl-3.0-or-later', lastCheckedOn: '2026-01-31' })
      .expect(200);
    expect(updated.body).toMatchObject({
      licence: 'AGPL-3.0-or-later',
      lastCheckedOn: '2026-01-31',
    });
    await ctx
      .http()
      .get(`/api/v1/civic-techs/${created.body.id}`)
      .set('Authorization', as.participant.auth)
      .expect(200);
    await ctx
      .http()
      .delete(`/api/v1/civic-techs/${created.body.id}`)
      .set('Authorization', as.admin.auth)
      .expect(204);
    const audit = await ctx.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'civic_tech.create',
      'civic_tech.update',
      'civic_tech.delete',
    ]);
  });

  // Inserted once, by whichever of the tests that need it runs first.
  let seeded: Promise<void> | undefined;
  const seedCatalogue = () =>
    (seeded ??= (async () => {
      for (const tech of CIVIC_TECH_SEED) {
        await ctx
          .http()
          .post('/api/v1/civic-techs')
          .set('Authorization', as.admin.auth)
          .send(tech)
          .expect(201);
      }
    })());

  it('ships a seed whose every entry passes the API’s own validation', async () => {
    expect(CIVIC_TECH_SEED.length).toBeGreaterThanOrEqual(15);
    await seedCatalogue();
    const list = await ctx.http().get('/api/v1/public/civic-techs?_end=100').expect(200);
    expect(list.body.map((t: { slug: string }) => t.slug)).toEqual(
      expect.arrayContaining(['decidim', 'consul-democracy', 'umap']),
    );
    const mapping = await ctx
      .http()
      .get('/api/v1/public/civic-techs?category=mapping&language=fr&_end=100')
      .expect(200);
    expect(mapping.body.map((t: { slug: string }) => t.slug)).toContain('umap');
    expect(
      mapping.body.every((t: { categories: string[] }) => t.categories.includes('mapping')),
    ).toBe(true);
    await ctx.http().get('/api/v1/public/civic-techs/decidim').expect(200);
  });

  it('finds tools by accent-insensitive full text, in French and in English', async () => {
    await seedCatalogue();
    const search = async (q: string) =>
      (
        await ctx
          .http()
          .get(`/api/v1/public/civic-techs?q=${encodeURIComponent(q)}&_end=100`)
          .expect(200)
      ).body.map((t: { slug: string }) => t.slug);
    // French descriptions searched without their accents, English ones stemmed.
    expect(await search('democratie participative')).toContain('decidim');
    expect(await search('démocratie')).toContain('decidim');
    expect(await search('cartes')).toContain('umap');
    expect(await search('crowdsourcing')).toContain('ushahidi-platform');
    expect(await search('SIGNALEMENT')).toContain('fixmystreet');
    expect(await search('budgets participatifs')).toEqual(
      expect.arrayContaining(['decidim', 'consul-democracy']),
    );
    expect(await search('zzzunknownzzz')).toEqual([]);

    // The issue's own example, both ways round and in both languages.
    const french = await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', as.admin.auth)
      .send({
        ...CIVIC_TECH_SEED[0],
        slug: 'outil-francais',
        name: 'Outil A',
        descriptionFr: 'Délibération citoyenne en ligne.',
        descriptionEn: 'Online citizen assemblies.',
      })
      .expect(201);
    const english = await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', as.admin.auth)
      .send({
        ...CIVIC_TECH_SEED[0],
        slug: 'english-tool',
        name: 'Tool B',
        descriptionFr: '',
        descriptionEn: 'Structured deliberation for a neighbourhood café.',
      })
      .expect(201);
    for (const q of ['deliberation', 'délibération', 'DELIBERATIONS']) {
      expect(await search(q)).toEqual(
        expect.arrayContaining([french.body.slug, english.body.slug]),
      );
    }
    expect(await search('cafe')).toEqual([english.body.slug]);
    expect(await search('café')).toEqual([english.body.slug]);
  });

  it('refuses null for what cannot be empty, and clears what may be', async () => {
    const tech = await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', as.admin.auth)
      .send({ ...CIVIC_TECH_SEED[1], slug: 'nullable-test' })
      .expect(201);
    const refused = await ctx
      .http()
      .patch(`/api/v1/civic-techs/${tech.body.id}`)
      .set('Authorization', as.admin.auth)
      .send({ name: null, licence: null, categories: null, maintainer: null });
    expectProblem(refused, 400, 'validation_failed');
    expect(Object.keys(refused.body.errors).sort()).toEqual([
      'categories',
      'licence',
      'maintainer',
      'name',
    ]);
    const cleared = await ctx
      .http()
      .patch(`/api/v1/civic-techs/${tech.body.id}`)
      .set('Authorization', as.admin.auth)
      .send({ websiteUrl: null, lastCheckedOn: null })
      .expect(200);
    expect(cleared.body).toMatchObject({
      name: CIVIC_TECH_SEED[1].name,
      websiteUrl: null,
      lastCheckedOn: null,
    });
  });
});

describe('public commons', () => {
  let ctx: TestApp;
  let as: Actors;
  let published: CourseDto;
  let draft: CourseDto;
  let archived: CourseDto;
  let publishedFileId: string;
  const unpublishedFileIds: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    as = await actors(ctx);
    published = await createCourse(ctx, as.admin.auth, {
      status: 'published',
      titleFr: 'Délibération et urbanisme',
      titleEn: 'Open planning',
      summaryFr: 'Des espaces publics de délibération pour le territoire.',
      summaryEn: 'Participatory budgeting and citizen panels.',
      descriptionEn: 'Designing a deliberation with residents, step by step.',
    });
    draft = await createCourse(ctx, as.admin.auth, {
      status: 'draft',
      titleFr: 'Brouillon secret sur la délibération',
      titleEn: 'Secret draft about deliberation',
    });
    archived = await createCourse(ctx, as.admin.auth, {
      status: 'archived',
      titleFr: 'Ancienne délibération',
      titleEn: 'Old',
    });
    for (const [course, key] of [
      [published, 'published'],
      [draft, 'draft'],
      [archived, 'archived'],
    ] as const) {
      const module = await createModule(ctx, as.admin.auth, course.id, 'civic_tech_testing', {
        titleFr: `Module ${key}`,
        titleEn: `Module ${key}`,
      });
      await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.admin.auth)
        .send({
          moduleId: module.id,
          kind: 'link',
          title: `Lien ${key}`,
          language: 'fr',
          url: 'https://decidim.org',
        })
        .expect(201);
      const file = await ctx
        .http()
        .post('/api/v1/course-resources/upload')
        .set('Authorization', as.admin.auth)
        .field('moduleId', module.id)
        .field('title', `Fichier ${key}`)
        .field('language', 'fr')
        .attach('file', samples.markdown(), { filename: `${key}.md`, contentType: 'text/markdown' })
        .expect(201);
      if (key === 'published') publishedFileId = file.body.id;
      else unpublishedFileIds.push(file.body.id);
    }
    await ctx
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', as.admin.auth)
      .send(CIVIC_TECH_SEED[2])
      .expect(201);
  });
  afterAll(() => ctx.close());

  const setCourseStatus = (courseId: string, status: string) =>
    ctx
      .http()
      .patch(`/api/v1/courses/${courseId}`)
      .set('Authorization', as.admin.auth)
      .send({ status })
      .expect(200);

  it('lists and shows published courses only, without an account', async () => {
    const list = await ctx.http().get('/api/v1/public/courses').expect(200);
    expect(list.body.map((c: { slug: string }) => c.slug)).toEqual([published.slug]);
    expect(list.headers['content-range']).toBe('courses 0-0/1');
    expect(list.body[0]).not.toHaveProperty('trainerIds');
    expect(list.body[0]).not.toHaveProperty('status');
    const detail = await ctx.http().get(`/api/v1/public/courses/${published.slug}`).expect(200);
    expect(detail.body.phases.map((p: { phase: string }) => p.phase)).toEqual([
      'free_software_culture',
      'civic_tech_testing',
      'strategic_application',
    ]);
    const resources = detail.body.phases[1].modules[0].resources;
    expect(resources.map((r: { title: string }) => r.title)).toEqual([
      'Lien published',
      'Fichier published',
    ]);
    expect(resources[1].fileUrl).toBe(`/api/v1/public/resources/${publishedFileId}/file`);
    expect(resources[1]).not.toHaveProperty('fileKey');
    for (const hidden of [draft, archived]) {
      expectProblem(
        await ctx.http().get(`/api/v1/public/courses/${hidden.slug}`),
        404,
        'not_found',
      );
    }
    expectProblem(
      await ctx.http().get('/api/v1/public/courses/Not_A_Slug'),
      400,
      'validation_failed',
    );
  });

  it('lists the open cohorts of published courses only, without an account or personal data', async () => {
    const setStatus = (cohortId: string, status: string) =>
      ctx
        .http()
        .post(`/api/v1/cohorts/${cohortId}/status`)
        .set('Authorization', as.admin.auth)
        .send({ status })
        .expect(200);
    const opened = async (courseId: string, fields: Record<string, unknown> = {}) => {
      const cohort = await ctx.factory.cohort({
        courseId,
        trainerIds: [as.trainer.user.id],
        ...fields,
      });
      await setStatus(cohort.id, 'open');
      return cohort;
    };
    const later = await opened(published.id, { name: 'Grenoble', startsOn: '2031-03-02' });
    const sooner = await opened(published.id, {
      name: 'En ligne',
      language: 'en',
      venue: null,
      online: true,
      onlineUrl: 'https://meet.example.org/secret-room',
      timeZone: 'America/Montreal',
      startsOn: '2031-01-05',
      capacity: 6,
    });
    await ctx.factory.placedPair(sooner.id);
    await ctx.factory.cohort({ courseId: published.id, name: 'Still a draft' });
    const cancelled = await opened(published.id, { name: 'Cancelled' });
    await setStatus(cancelled.id, 'cancelled');
    const { body } = await ctx
      .http()
      .get(`/api/v1/public/courses/${published.slug}/cohorts`)
      .expect(200);
    expect(body.map((c: { id: string }) => c.id)).toEqual([sooner.id, later.id]);
    // The public fields, exactly: no trainers, no online link, no capacity internals, no members.
    expect(body[0]).toEqual({
      id: sooner.id,
      name: 'En ligne',
      language: 'en',
      venue: null,
      online: true,
      timeZone: 'America/Montreal',
      startsOn: '2031-01-05',
      endsOn: sooner.endsOn,
      seatsLeft: 4,
    });
    expect(body[1]).toMatchObject({
      venue: 'Maison de la citoyenneté',
      online: false,
      seatsLeft: 10,
    });

    // A course taken back to draft shows none of its cohorts, not even that it has some.
    const withdrawn = await createCourse(ctx, as.admin.auth, { status: 'published' });
    await opened(withdrawn.id);
    await setCourseStatus(withdrawn.id, 'draft');
    for (const hidden of [withdrawn, draft, archived]) {
      expectProblem(
        await ctx.http().get(`/api/v1/public/courses/${hidden.slug}/cohorts`),
        404,
        'not_found',
      );
    }
    expectProblem(
      await ctx.http().get('/api/v1/public/courses/Not_A_Slug/cohorts'),
      400,
      'validation_failed',
    );
  });

  it('serves the files of published courses only, as attachments browsers may not sniff', async () => {
    const file = await ctx
      .http()
      .get(`/api/v1/public/resources/${publishedFileId}/file`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(file.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="published\.md"/);
    expect((file.body as Buffer).equals(samples.markdown())).toBe(true);
    expect(unpublishedFileIds).toHaveLength(2);
    for (const id of unpublishedFileIds) {
      expectProblem(await ctx.http().get(`/api/v1/public/resources/${id}/file`), 404, 'not_found');
    }
    // Once its course is archived, a file that was public is not any more.
    await setCourseStatus(published.id, 'archived');
    try {
      expectProblem(
        await ctx.http().get(`/api/v1/public/resources/${publishedFileId}/file`),
        404,
        'not_found',
      );
      expect((await ctx.http().get('/api/v1/public/courses').expect(200)).body).toEqual([]);
    } finally {
      await ctx
        .http()
        .patch(`/api/v1/courses/${published.id}`)
        .set('Authorization', as.admin.auth)
        .send({ status: 'published' })
        .expect(200);
    }
  });

  it('finds courses by accent-insensitive full text in French and English', async () => {
    const publicSearch = async (q: string) =>
      (
        await ctx
          .http()
          .get(`/api/v1/public/courses?q=${encodeURIComponent(q)}`)
          .expect(200)
      ).body.map((c: { slug: string }) => c.slug);
    const adminSearch = async (q: string) =>
      (
        await ctx
          .http()
          .get(`/api/v1/courses?q=${encodeURIComponent(q)}`)
          .set('Authorization', as.admin.auth)
          .expect(200)
      ).body.map((c: { slug: string }) => c.slug);
    // French text written with accents, searched without (and the other way round).
    expect(await publicSearch('deliberation')).toEqual([published.slug]);
    expect(await publicSearch('DÉLIBÉRATIONS')).toEqual([published.slug]);
    expect(await publicSearch('espace public')).toEqual([published.slug]);
    // English text, stemmed: "budgeting" finds "budgeting", "designs" finds "designing".
    expect(await publicSearch('budgeting')).toEqual([published.slug]);
    expect(await publicSearch('designs')).toEqual([published.slug]);
    expect(await publicSearch('nothing-matches-this')).toEqual([]);
    // Signed in, the admin also finds the draft and the archived course; the public never does.
    expect((await adminSearch('délibération')).sort()).toHaveLength(3);
    expect(await adminSearch('secret')).toEqual([draft.slug]);
    expect(await publicSearch('secret')).toEqual([]);
  });

  it('exports a valid zip of CSV and JSON with a README, holding published content only', async () => {
    const response = await ctx
      .http()
      .get('/api/v1/public/commons.zip')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain('apprenance-commons.zip');
    const files = await unzip(response.body as Buffer);
    const name = (file: string) => `apprenance-commons/${file}`;
    expect([...files.keys()].sort()).toEqual(
      [
        'README.md',
        'civic_techs.csv',
        'commons.json',
        'course_modules.csv',
        'course_phases.csv',
        'course_resources.csv',
        'courses.csv',
      ].map(name),
    );
    const everything = [...files.values()].join('\n');
    expect(everything).not.toContain(draft.slug);
    expect(everything).not.toContain('Secret draft');
    expect(everything).not.toContain('Module draft');
    expect(everything).not.toContain('Fichier draft');
    expect(everything).not.toContain(archived.slug);
    expect(everything).not.toContain('Ancienne');
    expect(everything).not.toContain('Module archived');
    expect(everything).not.toContain('archived.md');
    // Storage keys stay private: files are only reachable through the public download URL.
    expect(everything).not.toContain('fileKey');
    expect(everything).not.toMatch(/(?<!public\/)resources\/[0-9a-f]{8}-/);

    const csv = (file: string) =>
      parse(files.get(name(file))!, { columns: true }) as Record<string, string>[];
    expect(csv('courses.csv')).toEqual([
      expect.objectContaining({
        slug: published.slug,
        licence: 'CC-BY-SA-4.0',
        titleFr: 'Délibération et urbanisme',
      }),
    ]);
    expect(csv('course_phases.csv').map((p) => `${p.position}:${p.phase}`)).toEqual([
      '1:free_software_culture',
      '2:civic_tech_testing',
      '3:strategic_application',
    ]);
    expect(csv('course_modules.csv')).toEqual([
      expect.objectContaining({ titleFr: 'Module published', phase: 'civic_tech_testing' }),
    ]);
    const resources = csv('course_resources.csv');
    expect(resources.map((r) => r.title)).toEqual(['Lien published', 'Fichier published']);
    expect(resources[1].fileUrl).toBe(
      `http://127.0.0.1:3000/api/v1/public/resources/${publishedFileId}/file`,
    );
    expect(csv('civic_techs.csv')).toEqual([
      expect.objectContaining({
        slug: 'umap',
        licence: 'AGPL-3.0-or-later',
        categories: 'mapping;collaboration',
      }),
    ]);

    const json = JSON.parse(files.get(name('commons.json'))!);
    expect(json.courses.map((c: { slug: string }) => c.slug)).toEqual([published.slug]);
    expect(json.civicTechs).toHaveLength(1);
    const readme = files.get(name('README.md'))!;
    expect(readme).toContain('CC-BY-SA-4.0');
    expect(readme).toMatch(/licen[cs]e/i);
  });
});
