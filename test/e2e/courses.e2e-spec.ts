import { CivicTechsController } from '../../apps/api/src/civic-techs/civic-techs.controller';
import { CommonsController } from '../../apps/api/src/commons/commons.controller';
import { CourseModulesController } from '../../apps/api/src/courses/course-modules.controller';
import { CourseResourcesController } from '../../apps/api/src/courses/course-resources.controller';
import { CoursesController } from '../../apps/api/src/courses/courses.controller';
import { createTestApp, TestApp } from '../support/app';
import { actors, Actors, count, courseBody, createCourse, createModule } from '../support/courses';
import { expectProblem } from '../support/problem';
import { listRoutes } from '../support/routes';

describe('courses', () => {
  let ctx: TestApp;
  let as: Actors;

  beforeAll(async () => {
    ctx = await createTestApp();
    as = await actors(ctx);
  });
  afterAll(() => ctx.close());

  describe('CRUD with the three phases', () => {
    it('creates a course with its phases in order, the defaults and an audit entry', async () => {
      const response = await ctx
        .http()
        .post('/api/v1/courses')
        .set('Authorization', as.admin.auth)
        .send(
          courseBody({ slug: undefined, titleFr: 'Urbanisme ouvert — Décideurs', format: 'deep' }),
        )
        .expect(201);
      const course = response.body;
      expect(course).toMatchObject({
        slug: 'urbanisme-ouvert-decideurs',
        format: 'deep',
        status: 'draft',
        licence: 'CC-BY-SA-4.0',
        minAttendancePercent: 80,
        requireAcceptedPrototype: true,
        trainerIds: [],
      });
      expect(
        course.phases.map((p: { phase: string; position: number; daysBudget: number }) => [
          p.phase,
          p.position,
          p.daysBudget,
        ]),
      ).toEqual([
        ['free_software_culture', 1, 3],
        ['civic_tech_testing', 2, 3],
        ['strategic_application', 3, 3],
      ]);
      expect(course.phases[0].hoursBudget).toBe(3.5);
      const audit = await ctx.dataSource.query(
        `SELECT action, actor_id, changes FROM audit_log WHERE entity_type = 'course' AND entity_id = $1`,
        [course.id],
      );
      expect(audit).toEqual([
        expect.objectContaining({ action: 'course.create', actor_id: as.admin.user.id }),
      ]);
      expect(audit[0].changes.phases[0]).toBeNull();
      expect(audit[0].changes.phases[1]).toHaveLength(3);
    });

    it('reads, lists, updates and deletes, recording each change', async () => {
      const course = await createCourse(ctx, as.admin.auth, { trainerIds: [as.trainer.user.id] });
      // Another course, whose phases the deletion must leave alone.
      const other = await createCourse(ctx, as.admin.auth);
      const read = await ctx
        .http()
        .get(`/api/v1/courses/${course.id}`)
        .set('Authorization', as.admin.auth)
        .expect(200);
      expect(read.body.trainerIds).toEqual([as.trainer.user.id]);

      const list = await ctx
        .http()
        .get('/api/v1/courses?format=short&_start=0&_end=100')
        .set('Authorization', as.admin.auth)
        .expect(200);
      expect(list.headers['content-range']).toMatch(/^courses 0-\d+\/\d+$/);
      expect(list.body.map((c: { id: string }) => c.id)).toContain(course.id);

      const phases = course.phases.map((p: { phase: string }) => ({
        phase: p.phase,
        objectivesEn: `Learn ${p.phase}`,
      }));
      const updated = await ctx
        .http()
        .patch(`/api/v1/courses/${course.id}`)
        .set('Authorization', as.admin.auth)
        .send({
          status: 'published',
          minAttendancePercent: 100,
          requireAcceptedPrototype: false,
          licence: 'cc-by-4.0',
          phases,
        })
        .expect(200);
      expect(updated.body).toMatchObject({
        status: 'published',
        minAttendancePercent: 100,
        requireAcceptedPrototype: false,
        licence: 'CC-BY-4.0',
      });
      expect(updated.body.phases[2].objectivesEn).toBe('Learn strategic_application');
      // Phases are rewritten in place: their ids do not change.
      expect(updated.body.phases.map((p: { id: string }) => p.id)).toEqual(
        course.phases.map((p: { id: string }) => p.id),
      );

      await ctx
        .http()
        .delete(`/api/v1/courses/${course.id}`)
        .set('Authorization', as.admin.auth)
        .expect(204);
      expectProblem(
        await ctx.http().get(`/api/v1/courses/${course.id}`).set('Authorization', as.admin.auth),
        404,
        'not_found',
      );
      const actions = await ctx.dataSource.query(
        `SELECT action, changes FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [course.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'course.create',
        'course.update',
        'course.delete',
      ]);
      expect(actions[1].changes.status).toEqual(['draft', 'published']);
      const phasesOf = async (courseId: string) =>
        (
          await ctx.dataSource.query(
            `SELECT count(*)::int AS n FROM course_phases WHERE course_id = $1`,
            [courseId],
          )
        )[0].n;
      expect(await phasesOf(course.id)).toBe(0);
      expect(await phasesOf(other.id)).toBe(3);
    });

    it.each([
      ['out of order', ['civic_tech_testing', 'free_software_culture', 'strategic_application']],
      ['missing one', ['free_software_culture', 'civic_tech_testing']],
      ['repeated', ['free_software_culture', 'free_software_culture', 'strategic_application']],
      ['empty', []],
    ])('refuses phases %s and stores nothing', async (_, phases) => {
      const before = await count(ctx, 'courses');
      const response = await ctx
        .http()
        .post('/api/v1/courses')
        .set('Authorization', as.admin.auth)
        .send(courseBody({ phases: phases.map((phase) => ({ phase })) }));
      expectProblem(response, 422, 'rule_violation');
      expect(Object.keys(response.body.errors)).toEqual(['phases']);
      expect(await count(ctx, 'courses')).toBe(before);
    });

    it('refuses an unknown phase name, an unknown or deprecated licence, with 400', async () => {
      const before = await count(ctx, 'courses');
      const badPhase = await ctx
        .http()
        .post('/api/v1/courses')
        .set('Authorization', as.admin.auth)
        .send(
          courseBody({
            phases: [
              { phase: 'free_software_culture' },
              { phase: 'hackathon' },
              { phase: 'strategic_application' },
            ],
          }),
        );
      expectProblem(badPhase, 400, 'validation_failed');
      expect(Object.keys(badPhase.body.errors)).toEqual(['phases.1.phase']);

      for (const [licence, message] of [
        ['Free-For-All-1.0', /must be an SPDX licence id/],
        ['AGPL-3.0', /deprecated SPDX id/],
      ] as const) {
        const response = await ctx
          .http()
          .post('/api/v1/courses')
          .set('Authorization', as.admin.auth)
          .send(courseBody({ licence }));
        expectProblem(response, 400, 'validation_failed');
        expect(response.body.errors.licence[0]).toMatch(message);
      }
      expect(await count(ctx, 'courses')).toBe(before);
    });

    it('refuses null for fields that cannot be empty, with 400 naming them, changing nothing', async () => {
      const course = await createCourse(ctx, as.admin.auth);
      const response = await ctx
        .http()
        .patch(`/api/v1/courses/${course.id}`)
        .set('Authorization', as.admin.auth)
        .send({ titleFr: null, summaryEn: null, licence: null, minAttendancePercent: null });
      expectProblem(response, 400, 'validation_failed');
      expect(Object.keys(response.body.errors).sort()).toEqual([
        'licence',
        'minAttendancePercent',
        'summaryEn',
        'titleFr',
      ]);
      const phases = await ctx
        .http()
        .patch(`/api/v1/courses/${course.id}`)
        .set('Authorization', as.admin.auth)
        .send({ phases: [{ phase: 'free_software_culture', hoursBudget: null }, null, null] });
      expectProblem(phases, 400, 'validation_failed');
      expect(Object.keys(phases.body.errors)).toContain('phases.0.hoursBudget');
      const module = await createModule(ctx, as.admin.auth, course.id);
      const badModule = await ctx
        .http()
        .patch(`/api/v1/course-modules/${module.id}`)
        .set('Authorization', as.admin.auth)
        .send({ titleEn: null, summaryFr: null, position: null });
      expectProblem(badModule, 400, 'validation_failed');
      expect(Object.keys(badModule.body.errors).sort()).toEqual([
        'position',
        'summaryFr',
        'titleEn',
      ]);
      const resource = await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.admin.auth)
        .send({ moduleId: module.id, kind: 'text', title: 'x', language: 'fr', body: 'x' })
        .expect(201);
      const badResource = await ctx
        .http()
        .patch(`/api/v1/course-resources/${resource.body.id}`)
        .set('Authorization', as.admin.auth)
        .send({ title: null, description: null, language: null, body: null });
      expectProblem(badResource, 400, 'validation_failed');
      expect(Object.keys(badResource.body.errors).sort()).toEqual([
        'body',
        'description',
        'language',
        'title',
      ]);
      const nullLink = await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.admin.auth)
        .send({ moduleId: module.id, kind: 'link', title: 'x', language: 'fr', url: null });
      expectProblem(nullLink, 400, 'validation_failed');
      expect(Object.keys(nullLink.body.errors)).toEqual(['url']);
      const [row] = await ctx.dataSource.query(
        `SELECT title_fr, summary_en, licence FROM courses WHERE id = $1`,
        [course.id],
      );
      expect(row).toEqual({
        title_fr: course.titleFr,
        summary_en: course.summaryEn,
        licence: course.licence,
      });
      expect(await count(ctx, 'course_resources')).toBeGreaterThan(0);
      const [{ n }] = await ctx.dataSource.query(
        `SELECT count(*)::int AS n FROM course_resources WHERE module_id = $1`,
        [module.id],
      );
      expect(n).toBe(1);
    });

    it('finds English text whatever the accents of the text or of the query', async () => {
      const course = await createCourse(ctx, as.admin.auth, {
        titleFr: 'Atelier',
        titleEn: 'Street café consultations',
        summaryFr: '',
        summaryEn: 'Deliberation in public space.',
      });
      const search = async (q: string) =>
        (
          await ctx
            .http()
            .get(`/api/v1/courses?q=${encodeURIComponent(q)}&_end=200`)
            .set('Authorization', as.admin.auth)
            .expect(200)
        ).body.map((c: { id: string }) => c.id);
      expect(await search('cafe')).toEqual([course.id]);
      expect(await search('CAFÉS')).toEqual([course.id]);
      expect(await search('délibération')).toContain(course.id);
    });

    it('refuses a taken slug with 409 and a non-trainer assignee with 422', async () => {
      const course = await createCourse(ctx, as.admin.auth);
      expectProblem(
        await ctx
          .http()
          .post('/api/v1/courses')
          .set('Authorization', as.admin.auth)
          .send(courseBody({ slug: course.slug })),
        409,
        'conflict',
      );
      const response = await ctx
        .http()
        .post('/api/v1/courses')
        .set('Authorization', as.admin.auth)
        .send(courseBody({ trainerIds: [as.participant.user.id] }));
      expectProblem(response, 422, 'invalid_reference');
      expect(response.body.errors.trainerIds).toBeDefined();
    });
  });

  it('documents every course, module, resource, catalogue and public endpoint in OpenAPI', async () => {
    const { body } = await ctx.http().get('/api/docs-json').expect(200);
    const paths = Object.keys(body.paths);
    for (const path of [
      '/api/v1/courses',
      '/api/v1/courses/{id}',
      '/api/v1/course-modules',
      '/api/v1/course-modules/{id}',
      '/api/v1/course-resources',
      '/api/v1/course-resources/upload',
      '/api/v1/course-resources/{id}',
      '/api/v1/course-resources/{id}/file',
      '/api/v1/civic-techs',
      '/api/v1/civic-techs/{id}',
      '/api/v1/public/courses',
      '/api/v1/public/courses/{slug}',
      '/api/v1/public/courses/{slug}/cohorts',
      '/api/v1/public/civic-techs',
      '/api/v1/public/civic-techs/{slug}',
      '/api/v1/public/resources/{id}/file',
      '/api/v1/public/commons.zip',
    ]) {
      expect(paths).toContain(path);
    }
    expect(
      Object.keys(body.paths['/api/v1/course-resources/upload'].post.requestBody.content),
    ).toEqual(['multipart/form-data']);
    // Each route of these features, with its method, its success type and its problems.
    const features = [
      CoursesController,
      CourseModulesController,
      CourseResourcesController,
      CivicTechsController,
      CommonsController,
    ].map((controller) => controller.name);
    const routes = listRoutes(ctx.app).filter((route) => features.includes(route.controller));
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const gaps: string[] = [];
    for (const route of routes) {
      const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
      const operation = body.paths[path]?.[route.method.toLowerCase()];
      if (!operation) {
        gaps.push(`${route.method} ${path}: not documented`);
        continue;
      }
      const [status, success] = Object.entries(operation.responses).find(([code]) =>
        code.startsWith('2'),
      ) as [string, { content?: Record<string, { schema?: unknown }> }];
      if (status !== '204' && !Object.values(success?.content ?? {}).some((c) => c.schema)) {
        gaps.push(`${route.method} ${path}: no response type`);
      }
      if (path.endsWith('commons.zip')) continue;
      const problems = Object.entries(operation.responses).filter(([code]) => code >= '400');
      if (
        !problems.length ||
        !problems.every(([, r]) => JSON.stringify(r).includes('problem+json'))
      ) {
        gaps.push(`${route.method} ${path}: problems not documented`);
      }
      if (route.handler === 'list' || /^(courses|civicTechs)$/.test(route.handler)) {
        if (!JSON.stringify(success).includes('Content-Range')) {
          gaps.push(`${route.method} ${path}: Content-Range not documented`);
        }
      }
    }
    expect(gaps).toEqual([]);
    expect(
      Object.keys(body.paths['/api/v1/public/resources/{id}/file'].get.responses['200'].content),
    ).toContain('application/pdf');
    // Every schema the document refers to is in it.
    const refs = [...JSON.stringify(body).matchAll(/#\/components\/schemas\/(\w+)/g)].map(
      (m) => m[1],
    );
    expect(refs.filter((name) => !body.components.schemas[name])).toEqual([]);
  });
});
