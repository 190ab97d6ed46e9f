import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import type { CourseModuleDto } from '../../apps/api/src/courses/dto/course-module.dto';
import type { CourseDto } from '../../apps/api/src/courses/dto/course.dto';
import type { TestApp } from './app';

/** A valid course body for POST /courses; override any field. */
export function courseBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug: `cours-${randomBytes(4).toString('hex')}`,
    titleFr: 'Urbanisme ouvert',
    titleEn: 'Open urbanism',
    summaryFr: 'Trois temps pour mobiliser l’intelligence collective.',
    summaryEn: 'Three stages to mobilise collective intelligence.',
    format: 'short',
    phases: [
      { phase: 'free_software_culture', objectivesFr: 'Culture du libre', hoursBudget: 3.5 },
      { phase: 'civic_tech_testing', objectivesFr: 'Tester des civic-techs' },
      { phase: 'strategic_application', objectivesFr: 'Prototyper une stratégie' },
    ],
    ...overrides,
  };
}

/** Signed-in callers of each role, with bearer headers ready to set. */
export async function actors(ctx: TestApp) {
  const make = async (role: 'admin' | 'trainer' | 'participant') => {
    const user = await ctx.factory.user({ role });
    return { user, auth: `Bearer ${await ctx.tokenFor(user)}` };
  };
  return {
    admin: await make('admin'),
    trainer: await make('trainer'),
    otherTrainer: await make('trainer'),
    participant: await make('participant'),
  };
}

export type Actors = Awaited<ReturnType<typeof actors>>;

/** Creates a course as an admin and returns its body. */
export async function createCourse(
  ctx: TestApp,
  adminAuth: string,
  overrides: Record<string, unknown> = {},
): Promise<CourseDto> {
  const response: Response = await ctx
    .http()
    .post('/api/v1/courses')
    .set('Authorization', adminAuth)
    .send(courseBody(overrides));
  if (response.status !== 201)
    throw new Error(`course not created: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Creates a module in a phase of a course. */
export async function createModule(
  ctx: TestApp,
  auth: string,
  courseId: string,
  phase = 'free_software_culture',
  overrides: Record<string, unknown> = {},
): Promise<CourseModuleDto> {
  const response = await ctx
    .http()
    .post('/api/v1/course-modules')
    .set('Authorization', auth)
    .send({ courseId, phase, titleFr: 'Module', titleEn: 'Module', ...overrides });
  if (response.status !== 201)
    throw new Error(`module not created: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function count(ctx: TestApp, table: string): Promise<number> {
  const [{ n }] = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
  return n;
}
