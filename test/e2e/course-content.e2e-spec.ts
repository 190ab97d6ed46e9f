import type { CourseDto } from '../../apps/api/src/courses/dto/course.dto';
import { createTestApp, TestApp } from '../support/app';
import { actors, Actors, count, createCourse, createModule } from '../support/courses';
import { expectProblem } from '../support/problem';

describe('courses', () => {
  let ctx: TestApp;
  let as: Actors;

  beforeAll(async () => {
    ctx = await createTestApp();
    as = await actors(ctx);
  });
  afterAll(() => ctx.close());

  describe('modules and resources', () => {
    let course: CourseDto;

    beforeAll(async () => {
      course = await createCourse(ctx, as.admin.auth, {
        trainerIds: [as.trainer.user.id],
        licence: 'CC-BY-4.0',
      });
    });

    it('orders modules within a phase and moves them', async () => {
      const a = await createModule(ctx, as.trainer.auth, course.id, 'civic_tech_testing', {
        titleFr: 'A',
      });
      const b = await createModule(ctx, as.trainer.auth, course.id, 'civic_tech_testing', {
        titleFr: 'B',
      });
      const c = await createModule(ctx, as.trainer.auth, course.id, 'civic_tech_testing', {
        titleFr: 'C',
        position: 1,
      });
      const other = await createModule(ctx, as.trainer.auth, course.id, 'strategic_application');
      expect([a.position, b.position, c.position, other.position]).toEqual([1, 2, 1, 1]);
      const titles = async () =>
        (
          await ctx
            .http()
            .get(`/api/v1/course-modules?courseId=${course.id}&phase=civic_tech_testing`)
            .set('Authorization', as.trainer.auth)
            .expect(200)
        ).body.map((m: { titleFr: string; position: number }) => `${m.position}${m.titleFr}`);
      expect(await titles()).toEqual(['1C', '2A', '3B']);
      await ctx
        .http()
        .patch(`/api/v1/course-modules/${c.id}`)
        .set('Authorization', as.trainer.auth)
        .send({ position: 3 })
        .expect(200);
      expect(await titles()).toEqual(['1A', '2B', '3C']);
      await ctx
        .http()
        .delete(`/api/v1/course-modules/${a.id}`)
        .set('Authorization', as.trainer.auth)
        .expect(204);
      expect(await titles()).toEqual(['1B', '2C']);
    });

    it('refuses a module in a phase the course lacks, or for a course that does not exist', async () => {
      const broken = await createCourse(ctx, as.admin.auth);
      // A course always has its three phases; remove one behind the API's back.
      await ctx.dataSource.query(
        `DELETE FROM course_phases WHERE course_id = $1 AND phase = 'civic_tech_testing'`,
        [broken.id],
      );
      const before = await count(ctx, 'course_modules');
      const lacking = await ctx
        .http()
        .post('/api/v1/course-modules')
        .set('Authorization', as.admin.auth)
        .send({ courseId: broken.id, phase: 'civic_tech_testing', titleFr: 'x', titleEn: 'x' });
      expectProblem(lacking, 422, 'invalid_reference');
      expect(lacking.body.errors).toEqual({ phase: ['is not a phase of this course'] });
      const unknown = await ctx
        .http()
        .post('/api/v1/course-modules')
        .set('Authorization', as.admin.auth)
        .send({
          courseId: '00000000-0000-4000-8000-000000000000',
          phase: 'civic_tech_testing',
          titleFr: 'x',
          titleEn: 'x',
        });
      expectProblem(unknown, 422, 'invalid_reference');
      expect(await count(ctx, 'course_modules')).toBe(before);
    });

    it('adds links and texts with their own licence and language, the course’s by default', async () => {
      const module = await createModule(ctx, as.trainer.auth, course.id);
      const link = await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.trainer.auth)
        .send({
          moduleId: module.id,
          kind: 'link',
          title: 'GNU',
          language: 'EN',
          licence: 'CC-BY-ND-4.0',
          url: 'https://www.gnu.org/philosophy/free-sw.html',
        })
        .expect(201);
      expect(link.body).toMatchObject({
        kind: 'link',
        language: 'en',
        licence: 'CC-BY-ND-4.0',
        position: 1,
        body: null,
      });
      const text = await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.trainer.auth)
        .send({
          moduleId: module.id,
          kind: 'text',
          title: 'Notes',
          language: 'fr',
          body: '# Délibération',
        })
        .expect(201);
      expect(text.body).toMatchObject({
        kind: 'text',
        licence: 'CC-BY-4.0',
        position: 2,
        url: null,
      });
      const moved = await ctx
        .http()
        .patch(`/api/v1/course-resources/${text.body.id}`)
        .set('Authorization', as.trainer.auth)
        .send({ position: 1, body: '# Délibération collective' })
        .expect(200);
      expect(moved.body).toMatchObject({ position: 1, body: '# Délibération collective' });
      const list = await ctx
        .http()
        .get(`/api/v1/course-resources?moduleId=${module.id}`)
        .set('Authorization', as.trainer.auth)
        .expect(200);
      expect(list.body.map((r: { title: string }) => r.title)).toEqual(['Notes', 'GNU']);
      const audit = await ctx.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_type = 'course_resource' AND entity_id = $1 ORDER BY id`,
        [text.body.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'course_resource.create',
        'course_resource.update',
      ]);
    });

    it('refuses resources whose fields do not fit their kind, or with a bad licence, storing nothing', async () => {
      const module = await createModule(ctx, as.trainer.auth, course.id);
      const before = await count(ctx, 'course_resources');
      const send = (body: Record<string, unknown>) =>
        ctx
          .http()
          .post('/api/v1/course-resources')
          .set('Authorization', as.trainer.auth)
          .send({ moduleId: module.id, title: 'x', language: 'fr', ...body });
      expectProblem(await send({ kind: 'link' }), 422, 'rule_violation');
      expectProblem(
        await send({ kind: 'text', body: 'x', url: 'https://example.org' }),
        422,
        'rule_violation',
      );
      expectProblem(await send({ kind: 'file' }), 400, 'validation_failed');
      expectProblem(
        await send({ kind: 'link', url: 'javascript:alert(1)' }),
        400,
        'validation_failed',
      );
      expectProblem(
        await send({ kind: 'text', body: 'x', licence: 'Not-A-Licence' }),
        400,
        'validation_failed',
      );
      expectProblem(
        await send({ kind: 'text', body: 'x', language: 'français' }),
        400,
        'validation_failed',
      );
      const unknownModule = await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.trainer.auth)
        .send({
          moduleId: '00000000-0000-4000-8000-000000000000',
          kind: 'text',
          body: 'x',
          title: 'x',
          language: 'fr',
        });
      expectProblem(unknownModule, 422, 'invalid_reference');
      expect(await count(ctx, 'course_resources')).toBe(before);
    });
  });
});
