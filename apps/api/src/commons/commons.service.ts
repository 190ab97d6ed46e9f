import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@apprenance/config';
import type { CourseEntity } from '@apprenance/db';
import { ZipFile } from 'yazl';
import type { Readable } from 'node:stream';
import { CivicTechsService } from '../civic-techs/civic-techs.service';
import { CivicTechDto, CivicTechListQueryDto } from '../civic-techs/dto/civic-tech.dto';
import { Page } from '../common/list/page';
import { OpenCohortDto } from '../cohorts/dto/open-cohort.dto';
import { OpenCohorts } from '../cohorts/open-cohorts';
import { DomainError } from '../common/problem/domain-error';
import { APP_CONFIG } from '../config/config.module';
import { CourseContentRepository } from '../courses/course-content.repository';
import { CourseResourcesService, FileDownload } from '../courses/course-resources.service';
import { CoursesRepository } from '../courses/courses.repository';
import { commonsFiles } from './commons-export';
import { toPublicCourse, toPublicCourseDetail } from './commons.mapper';
import { PublicCourseDetailDto, PublicCourseDto, PublicCourseListQueryDto } from './dto/public.dto';

const courseNotPublished = (slug: string) =>
  new DomainError('commons.course_not_published', `No published course ${slug}.`);
const resourceNotPublished = (id: string) =>
  new DomainError('commons.resource_not_published', `No published resource ${id}.`);

/**
 * The open commons, readable without an account: published courses with their material, and
 * the civic-tech catalogue. Nothing of a draft or archived course is ever served here.
 */
@Injectable()
export class CommonsService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly content: CourseContentRepository,
    private readonly resources: CourseResourcesService,
    private readonly civicTechs: CivicTechsService,
    private readonly openCohorts: OpenCohorts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listCourses(query: PublicCourseListQueryDto): Promise<Page<PublicCourseDto>> {
    const page = await this.courses.list({ ...query, status: 'published' });
    const aggregates = await this.courses.aggregates(page.items);
    return new Page(
      aggregates.map(({ course, phases }) => toPublicCourse(course, phases)),
      page.total,
      page.start,
    );
  }

  async getCourse(slug: string): Promise<PublicCourseDetailDto> {
    return (await this.details([await this.publishedCourse(slug)]))[0];
  }

  /** Where a visitor may apply: the open cohorts of a published course only. */
  async listOpenCohorts(slug: string): Promise<OpenCohortDto[]> {
    return this.openCohorts.ofCourse((await this.publishedCourse(slug)).id);
  }

  listCivicTechs(query: CivicTechListQueryDto): Promise<Page<CivicTechDto>> {
    return this.civicTechs.list(query);
  }

  getCivicTech(slug: string): Promise<CivicTechDto> {
    return this.civicTechs.getBySlug(slug);
  }

  async download(resourceId: string): Promise<FileDownload> {
    const resource = await this.content.findResource(resourceId);
    const course = resource && (await this.courses.findById(resource.courseId));
    if (!resource || course?.status !== 'published') throw resourceNotPublished(resourceId);
    return this.resources.openFile(resource);
  }

  /** The zip of the open-data export, streamed as it is compressed. */
  async exportZip(): Promise<Readable> {
    const files = commonsFiles({
      generatedAt: new Date(),
      publicUrl: this.config.PUBLIC_URL.replace(/\/+$/, ''),
      courses: await this.details(await this.courses.published()),
      civicTechs: await this.civicTechs.all(),
    });
    const zip = new ZipFile();
    for (const [name, text] of Object.entries(files)) {
      zip.addBuffer(Buffer.from(text, 'utf8'), `apprenance-commons/${name}`);
    }
    zip.end();
    return zip.outputStream as Readable;
  }

  private async publishedCourse(slug: string): Promise<CourseEntity> {
    const course = await this.courses.findBySlug(slug);
    if (!course || course.status !== 'published') throw courseNotPublished(slug);
    return course;
  }

  private async details(courses: CourseEntity[]): Promise<PublicCourseDetailDto[]> {
    const aggregates = await this.courses.aggregates(courses);
    const modules = await this.content.modulesOfCourses(courses.map((course) => course.id));
    const resources = await this.content.resourcesOfModules(modules.map((module) => module.id));
    return aggregates.map(({ course, phases }) =>
      toPublicCourseDetail(
        course,
        phases,
        modules.filter((module) => module.courseId === course.id),
        resources,
      ),
    );
  }
}
