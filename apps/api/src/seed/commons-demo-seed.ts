import { Injectable } from '@nestjs/common';
import { CIVIC_TECH_SEED } from '../civic-techs/catalogue-seed';
import { CivicTechsRepository } from '../civic-techs/civic-techs.repository';
import { CivicTechsService } from '../civic-techs/civic-techs.service';
import type { AuthUser } from '../common/auth/auth-user';
import { CourseModulesService } from '../courses/course-modules.service';
import { CourseResourcesService } from '../courses/course-resources.service';
import { CoursesRepository } from '../courses/courses.repository';
import { CoursesService } from '../courses/courses.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_COURSES, DemoCourse, DemoResource } from './demo-courses';

/**
 * Seeds the civic-tech catalogue and the two demo courses through the services (so the audit
 * log shows them), each only if its slug is not there yet: running it again adds what is
 * missing and changes nothing else.
 */
@Injectable()
export class CommonsDemoSeed {
  constructor(
    private readonly techs: CivicTechsService,
    private readonly techRows: CivicTechsRepository,
    private readonly courses: CoursesService,
    private readonly courseRows: CoursesRepository,
    private readonly modules: CourseModulesService,
    private readonly resources: CourseResourcesService,
    private readonly users: UsersRepository,
  ) {}

  /** Returns the demo admin, as the actor of the next seeds. */
  async run(adminEmail: string): Promise<AuthUser> {
    const admin = await this.users.findByEmail(adminEmail);
    if (!admin) throw new Error(`The demo admin ${adminEmail} is missing`);
    const actor: AuthUser = { id: admin.id, role: admin.role, email: admin.email };
    for (const tech of CIVIC_TECH_SEED) {
      if (!(await this.techRows.findBySlug(tech.slug))) await this.techs.create(actor, tech);
    }
    for (const course of DEMO_COURSES) {
      if (!(await this.courseRows.findBySlug(course.slug))) await this.seedCourse(actor, course);
    }
    return actor;
  }

  private async seedCourse(actor: AuthUser, demo: DemoCourse): Promise<void> {
    const trainerIds: string[] = [];
    for (const email of demo.trainers) {
      const trainer = await this.users.findByEmail(email);
      if (trainer) trainerIds.push(trainer.id);
    }
    const { phases, trainers: _trainers, ...fields } = demo;
    const course = await this.courses.create(actor, {
      ...fields,
      status: 'published',
      trainerIds,
      phases: phases.map(({ modules: _modules, ...phase }) => phase),
    });
    for (const phase of phases) {
      for (const module of phase.modules) {
        const { resources, ...moduleFields } = module;
        const created = await this.modules.create(actor, {
          courseId: course.id,
          phase: phase.phase,
          ...moduleFields,
        });
        for (const resource of resources) await this.seedResource(actor, created.id, resource);
      }
    }
  }

  private async seedResource(actor: AuthUser, moduleId: string, resource: DemoResource) {
    const common = {
      moduleId,
      title: resource.title,
      language: resource.language,
      ...(resource.licence ? { licence: resource.licence } : {}),
    };
    if (resource.kind === 'file' && resource.file) {
      const buffer = Buffer.from(resource.file.text, 'utf8');
      return this.resources.upload(actor, common, {
        buffer,
        size: buffer.length,
        mimetype: resource.file.contentType,
        originalname: resource.file.name,
      });
    }
    if (resource.kind === 'link')
      return this.resources.create(actor, { ...common, kind: 'link', url: resource.url });
    return this.resources.create(actor, { ...common, kind: 'text', body: resource.body });
  }
}
