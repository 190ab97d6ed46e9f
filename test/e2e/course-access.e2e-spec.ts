import type { CourseDto } from '../../apps/api/src/courses/dto/course.dto';
import { createTestApp, TestApp } from '../support/app';
import { actors, Actors, courseBody, createCourse, createModule } from '../support/courses';
import { samples } from '../support/files';
import { expectProblem } from '../support/problem';

describe('courses', () => {
  let ctx: TestApp;
  let as: Actors;

  beforeAll(async () => {
    ctx = await createTestApp();
    as = await actors(ctx);
  });
  afterAll(() => ctx.close());

  describe('role rules', () => {
    let assigned: CourseDto;
    let unassigned: CourseDto;

    beforeAll(async () => {
      assigned = await createCourse(ctx, as.admin.auth, {
        trainerIds: [as.trainer.user.id],
        status: 'published',
      });
      unassigned = await createCourse(ctx, as.admin.auth, {
        trainerIds: [as.otherTrainer.user.id],
      });
    });

    it('lets trainers read every course, including those of other trainers', async () => {
      await ctx
        .http()
        .get(`/api/v1/courses/${unassigned.id}`)
        .set('Authorization', as.trainer.auth)
        .expect(200);
      const list = await ctx
        .http()
        .get(`/api/v1/courses?trainerId=${as.trainer.user.id}`)
        .set('Authorization', as.trainer.auth)
        .expect(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([assigned.id]);
    });

    it('lets an assigned trainer edit the content, not the policy', async () => {
      const response = await ctx
        .http()
        .patch(`/api/v1/courses/${assigned.id}`)
        .set('Authorization', as.trainer.auth)
        .send({ summaryEn: 'Edited by its trainer' })
        .expect(200);
      expect(response.body.summaryEn).toBe('Edited by its trainer');
      const policy = await ctx
        .http()
        .patch(`/api/v1/courses/${assigned.id}`)
        .set('Authorization', as.trainer.auth)
        .send({ status: 'archived', minAttendancePercent: 10 });
      expectProblem(policy, 403, 'forbidden');
      expect(Object.keys(policy.body.errors).sort()).toEqual(['minAttendancePercent', 'status']);
    });

    it('refuses edits by a trainer who is not assigned, with 403 and nothing changed', async () => {
      const response = await ctx
        .http()
        .patch(`/api/v1/courses/${unassigned.id}`)
        .set('Authorization', as.trainer.auth)
        .send({ summaryEn: 'Not mine' });
      expectProblem(response, 403, 'forbidden');
      const module = await ctx
        .http()
        .post('/api/v1/course-modules')
        .set('Authorization', as.trainer.auth)
        .send({ courseId: unassigned.id, phase: 'civic_tech_testing', titleFr: 'x', titleEn: 'x' });
      expectProblem(module, 403, 'forbidden');
      const [{ summary_en }] = await ctx.dataSource.query(
        `SELECT summary_en FROM courses WHERE id = $1`,
        [unassigned.id],
      );
      expect(summary_en).not.toBe('Not mine');
    });

    it('refuses module and resource changes by a trainer not assigned to the course', async () => {
      const module = await createModule(ctx, as.admin.auth, unassigned.id, 'civic_tech_testing', {
        titleFr: 'Intact',
      });
      const resource = await ctx
        .http()
        .post('/api/v1/course-resources')
        .set('Authorization', as.admin.auth)
        .send({ moduleId: module.id, kind: 'text', title: 'Intact', language: 'fr', body: 'x' })
        .expect(201);
      const attempts = [
        ctx.http().patch(`/api/v1/course-modules/${module.id}`).send({ titleFr: 'Changed' }),
        ctx.http().delete(`/api/v1/course-modules/${module.id}`),
        ctx
          .http()
          .post('/api/v1/course-resources')
          .send({ moduleId: module.id, kind: 'text', title: 'x', language: 'fr', body: 'x' }),
        ctx.http().patch(`/api/v1/course-resources/${resource.body.id}`).send({ title: 'Changed' }),
        ctx.http().delete(`/api/v1/course-resources/${resource.body.id}`),
      ];
      for (const attempt of attempts) {
        expectProblem(await attempt.set('Authorization', as.trainer.auth), 403, 'forbidden');
      }
      for (const attempt of [
        ctx.http().patch(`/api/v1/course-modules/${module.id}`).send({ titleFr: 'Changed' }),
        ctx.http().delete(`/api/v1/course-resources/${resource.body.id}`),
      ]) {
        expectProblem(await attempt.set('Authorization', as.participant.auth), 403, 'forbidden');
      }
      const [{ title_fr }] = await ctx.dataSource.query(
        `SELECT title_fr FROM course_modules WHERE id = $1`,
        [module.id],
      );
      expect(title_fr).toBe('Intact');
      const rows = await ctx.dataSource.query(
        `SELECT title FROM course_resources WHERE module_id = $1`,
        [module.id],
      );
      expect(rows).toEqual([{ title: 'Intact' }]);
    });

    it('keeps creation and deletion to admins', async () => {
      expectProblem(
        await ctx
          .http()
          .post('/api/v1/courses')
          .set('Authorization', as.trainer.auth)
          .send(courseBody()),
        403,
        'forbidden',
      );
      expectProblem(
        await ctx
          .http()
          .delete(`/api/v1/courses/${assigned.id}`)
          .set('Authorization', as.trainer.auth),
        403,
        'forbidden',
      );
    });

    it('gives a participant no course before their pair is enrolled in a cohort', async () => {
      const list = await ctx
        .http()
        .get('/api/v1/courses')
        .set('Authorization', as.participant.auth)
        .expect(200);
      expect(list.body).toEqual([]);
      expect(list.headers['content-range']).toBe('courses 0-0/0');
      // Published or not, a course that is not theirs is not found.
      expectProblem(
        await ctx
          .http()
          .get(`/api/v1/courses/${assigned.id}`)
          .set('Authorization', as.participant.auth),
        404,
        'not_found',
      );
      const module = await createModule(ctx, as.admin.auth, assigned.id);
      expectProblem(
        await ctx
          .http()
          .get(`/api/v1/course-modules/${module.id}`)
          .set('Authorization', as.participant.auth),
        404,
        'not_found',
      );
      const modules = await ctx
        .http()
        .get(`/api/v1/course-modules?courseId=${assigned.id}`)
        .set('Authorization', as.participant.auth)
        .expect(200);
      expect(modules.body).toEqual([]);
      expectProblem(
        await ctx
          .http()
          .patch(`/api/v1/courses/${assigned.id}`)
          .set('Authorization', as.participant.auth)
          .send({ summaryEn: 'x' }),
        403,
        'forbidden',
      );
    });
    it('lets a participant read the course of the cohort their pair is enrolled in, and only it', async () => {
      const participant = as.participant.user;
      const partner = await ctx.factory.user({
        kind: participant.kind === 'political' ? 'technical' : 'political',
        territoryId: participant.territoryId ?? undefined,
      });
      const cohort = await ctx.factory.cohort({ courseId: assigned.id });
      const [politicalId, technicalId] =
        participant.kind === 'political'
          ? [participant.id, partner.id]
          : [partner.id, participant.id];
      const pair = await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs`)
        .set('Authorization', as.admin.auth)
        .send({ politicalId, technicalId })
        .expect(201);
      const read = await ctx
        .http()
        .get(`/api/v1/courses/${assigned.id}`)
        .set('Authorization', as.participant.auth)
        .expect(200);
      expect(read.body.id).toBe(assigned.id);
      const list = await ctx
        .http()
        .get('/api/v1/courses')
        .set('Authorization', as.participant.auth)
        .expect(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([assigned.id]);
      const other = await createCourse(ctx, as.admin.auth);
      expectProblem(
        await ctx
          .http()
          .get(`/api/v1/courses/${other.id}`)
          .set('Authorization', as.participant.auth),
        404,
        'not_found',
      );

      // The material of their course, and nothing of another.
      const material = async (courseId: string) => {
        const module = await createModule(ctx, as.admin.auth, courseId, 'strategic_application');
        const file = await ctx
          .http()
          .post('/api/v1/course-resources/upload')
          .set('Authorization', as.admin.auth)
          .field('moduleId', module.id)
          .field('title', 'Support')
          .field('language', 'fr')
          .attach('file', samples.pdf(), { filename: 'support.pdf' })
          .expect(201);
        return { module, file: file.body as { id: string } };
      };
      const mine = await material(assigned.id);
      const theirs = await material(other.id);
      const get = (path: string) =>
        ctx.http().get(`/api/v1/${path}`).set('Authorization', as.participant.auth);
      await get(`course-modules/${mine.module.id}`).expect(200);
      await get(`course-resources/${mine.file.id}`).expect(200);
      const download = await get(`course-resources/${mine.file.id}/file`).expect(200);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const modules = await get('course-modules?_end=200').expect(200);
      expect(new Set(modules.body.map((m: { courseId: string }) => m.courseId))).toEqual(
        new Set([assigned.id]),
      );
      const resources = await get('course-resources?_end=200').expect(200);
      expect(resources.body.map((r: { id: string }) => r.id)).toContain(mine.file.id);
      expect(resources.body.map((r: { id: string }) => r.id)).not.toContain(theirs.file.id);
      for (const path of [
        `course-modules/${theirs.module.id}`,
        `course-resources/${theirs.file.id}`,
        `course-resources/${theirs.file.id}/file`,
      ]) {
        expectProblem(await get(path), 404, 'not_found');
      }
      expect((await get(`course-resources?courseId=${other.id}`).expect(200)).body).toEqual([]);

      // Once the pair has withdrawn, the course is closed to them again.
      await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs/${pair.body.id}/withdraw`)
        .set('Authorization', as.admin.auth)
        .expect(200);
      expectProblem(await get(`courses/${assigned.id}`), 404, 'not_found');
      expectProblem(await get(`course-resources/${mine.file.id}/file`), 404, 'not_found');
      expect((await get('courses').expect(200)).body).toEqual([]);
    });
  });
});
