import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { definedOnly } from '../common/defined-only';
import { pick } from '../common/pick';
import { isForeignKeyViolation, isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { DEFAULT_CONTENT_LICENCE } from '../common/licences/spdx';
import { Page } from '../common/list/page';
import { Storage, STORAGE } from '@apprenance/storage';
import { UsersRepository } from '../users/users.repository';
import { CourseAccess } from './course-access';
import { planPhases } from './course-phases';
import * as errors from './courses.errors';
import { CourseAggregate, CoursesRepository } from './courses.repository';
import { COURSE_FIELDS } from './dto/course-fields';
import {
  ADMIN_ONLY_COURSE_FIELDS,
  CourseDto,
  CourseListQueryDto,
  CreateCourseDto,
  toCourseDto,
  toPhaseFields,
  UpdateCourseDto,
} from './dto/course.dto';
import { deleteFiles } from './files';
import { slugify } from './slug';

const AUDITED = [...COURSE_FIELDS, 'phases', 'trainerIds'] as const;

type Audited = Record<(typeof AUDITED)[number], unknown>;

@Injectable()
export class CoursesService {
  private readonly logger = new Logger(CoursesService.name);

  constructor(
    private readonly courses: CoursesRepository,
    private readonly access: CourseAccess,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async list(user: AuthUser, query: CourseListQueryDto): Promise<Page<CourseDto>> {
    const page = await this.courses.list(query, await this.access.readableCourseIds(user));
    const aggregates = await this.courses.aggregates(page.items);
    return new Page(aggregates.map(toDto), page.total, page.start);
  }

  async get(user: AuthUser, id: string): Promise<CourseDto> {
    await this.access.assertCanRead(user, id);
    const course = await this.courses.findById(id);
    if (!course) throw errors.courseNotFound(id);
    return toDto((await this.courses.aggregates([course]))[0]);
  }

  create(actor: AuthUser | null, input: CreateCourseDto): Promise<CourseDto> {
    const plans = planPhases(input.phases, input.format);
    return this.write(async (tx) => {
      const trainerIds = unique(input.trainerIds ?? []);
      await this.assertTrainers(tx, trainerIds);
      const course = await this.courses.insert(tx, {
        slug: input.slug ?? slugify(input.titleFr),
        titleFr: input.titleFr,
        titleEn: input.titleEn,
        summaryFr: input.summaryFr ?? '',
        summaryEn: input.summaryEn ?? '',
        descriptionFr: input.descriptionFr ?? '',
        descriptionEn: input.descriptionEn ?? '',
        format: input.format,
        status: input.status ?? 'draft',
        licence: input.licence ?? DEFAULT_CONTENT_LICENCE,
        minAttendancePercent: input.minAttendancePercent ?? 80,
        requireAcceptedPrototype: input.requireAcceptedPrototype ?? true,
      });
      await this.courses.insertPhases(tx, course.id, plans);
      await this.courses.setTrainers(tx, course.id, trainerIds);
      const created = await this.reload(tx, course.id);
      await this.record(tx, actor, 'course.create', course.id, null, created);
      return toDto(created);
    });
  }

  update(actor: AuthUser, id: string, input: UpdateCourseDto): Promise<CourseDto> {
    if (actor.role !== 'admin') {
      const policy = ADMIN_ONLY_COURSE_FIELDS.filter((field) => input[field] !== undefined);
      if (policy.length) throw errors.adminOnlyFields([...policy]);
    }
    return this.write(async (tx) => {
      const course = await this.courses.findForUpdate(tx, id);
      if (!course) throw errors.courseNotFound(id);
      await this.access.assertCanEdit(actor, id, tx);
      const before = await this.reload(tx, id);
      const { phases, trainerIds, ...fields } = input;
      Object.assign(course, definedOnly(fields));
      if (phases) await this.courses.updatePhases(tx, id, planPhases(phases, course.format));
      if (trainerIds) {
        await this.assertTrainers(tx, unique(trainerIds));
        await this.courses.setTrainers(tx, id, unique(trainerIds));
      }
      await this.courses.save(tx, course);
      const after = await this.reload(tx, id);
      await this.record(tx, actor, 'course.update', id, before, after);
      return toDto(after);
    });
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    const fileKeys = await this.write(async (tx) => {
      const course = await this.courses.findForUpdate(tx, id);
      if (!course) throw errors.courseNotFound(id);
      const before = await this.reload(tx, id);
      const keys = await this.courses.fileKeys(tx, id);
      await this.courses.remove(tx, id);
      await this.record(tx, actor, 'course.delete', id, before, null);
      return keys;
    });
    // Only once the rows are gone: a failed delete must not lose the files of a live course.
    await deleteFiles(this.storage, fileKeys, this.logger);
  }

  private async reload(tx: Tx, id: string): Promise<CourseAggregate> {
    const course = await this.courses.findById(id, tx);
    if (!course) throw errors.courseNotFound(id);
    return (await this.courses.aggregates([course], tx))[0];
  }

  private async assertTrainers(tx: Tx, ids: string[]): Promise<void> {
    const trainers = new Set(await this.users.withRole(tx, ids, ['trainer'], false));
    const wrong = ids.filter((id) => !trainers.has(id));
    if (wrong.length) throw errors.notTrainers(wrong);
  }

  private record(
    tx: Tx,
    actor: AuthUser | null,
    action: string,
    id: string,
    before: CourseAggregate | null,
    after: CourseAggregate | null,
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'course',
      entityId: id,
      changes: diffFields<Audited>(auditView(before), auditView(after), AUDITED),
    });
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_courses_slug')) throw errors.slugTaken();
      if (isForeignKeyViolation(error)) throw errors.courseInUse();
      throw error;
    }
  }
}

function toDto({ course, phases, trainerIds }: CourseAggregate): CourseDto {
  return toCourseDto(course, phases, trainerIds);
}

function auditView(aggregate: CourseAggregate | null): Audited | null {
  if (!aggregate) return null;
  const { course, phases, trainerIds } = aggregate;
  return {
    ...pick(course, COURSE_FIELDS),
    phases: phases.map(toPhaseFields),
    trainerIds: [...trainerIds].sort(),
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
