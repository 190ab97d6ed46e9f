import { Injectable } from '@nestjs/common';
import { CohortEntity, CohortStatus, CourseFormat } from '@apprenance/db';
import { isValidZone, transitionProblem } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { definedOnly } from '../common/defined-only';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { CourseAccessRepository } from '../courses/course-access';
import { CoursesRepository } from '../courses/courses.repository';
import { WaitlistService } from '../pairs/waitlist.service';
import { SessionsService } from '../sessions/sessions.service';
import { UsersRepository } from '../users/users.repository';
import { CohortAccess } from './cohort-access';
import { CohortMembership } from './cohort-membership';
import * as errors from './cohorts.errors';
import { CohortsRepository } from './cohorts.repository';
import {
  CohortDto,
  CohortListQueryDto,
  CreateCohortDto,
  UpdateCohortDto,
  COHORT_FIELDS,
  toCohortDto,
} from './dto/cohort.dto';

const AUDITED = COHORT_FIELDS;

@Injectable()
export class CohortsService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly access: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly courses: CoursesRepository,
    private readonly courseAccess: CourseAccessRepository,
    private readonly sessions: SessionsService,
    private readonly waitlist: WaitlistService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, query: CohortListQueryDto): Promise<Page<CohortDto>> {
    const page = await this.cohorts.list(await this.membership.scopeOf(actor), query);
    const trainers = await this.cohorts.trainerIds(page.items.map((c) => c.id));
    return page.map((cohort) => toCohortDto(cohort, trainers.get(cohort.id) ?? []));
  }

  async get(actor: AuthUser, id: string): Promise<CohortDto> {
    return this.toDto(await this.access.readable(actor, id));
  }

  create(actor: AuthUser | null, input: CreateCohortDto): Promise<CohortDto> {
    return this.tx.run(async (tx) => {
      const course = await this.courses.findById(input.courseId, tx);
      if (!course) throw errors.unknownCourse();
      if (course.status !== 'published') throw errors.courseNotPublished();
      if (
        actor?.role === 'trainer' &&
        !(await this.courseAccess.isTrainerOf(course.id, actor.id, tx))
      ) {
        throw errors.notCourseTrainer();
      }
      const fields = checkPlace({
        online: false,
        venue: null,
        onlineUrl: null,
        ...definedOnly(input),
      });
      if (!isValidZone(input.timeZone)) throw errors.invalidTimeZone();
      const cohort = await this.cohorts.insert(tx, {
        courseId: course.id,
        name: input.name,
        language: input.language,
        venue: fields.venue,
        online: fields.online,
        onlineUrl: fields.onlineUrl,
        timeZone: input.timeZone,
        capacity: input.capacity ?? 10,
        status: 'draft',
        startsOn: null,
        endsOn: input.endsOn ?? null,
      });
      const trainers = input.trainerIds ?? (actor?.role === 'trainer' ? [actor.id] : []);
      await this.assignTrainers(tx, cohort.id, trainers);
      const saved = input.startsOn
        ? await this.schedule(tx, cohort, course.format, input.startsOn)
        : cohort;
      await this.audit.record(tx, actor, {
        action: 'cohort.create',
        entityType: 'cohort',
        entityId: cohort.id,
        changes: { ...diffFields(null, saved, AUDITED), trainerIds: trainers },
      });
      return this.toDto(saved, tx);
    });
  }

  async update(actor: AuthUser, id: string, input: UpdateCohortDto): Promise<CohortDto> {
    await this.access.manageable(actor, id);
    return this.tx.run(async (tx) => {
      const cohort = await this.lock(tx, id);
      const before = { ...cohort };
      const { trainerIds, startsOn, ...fields } = definedOnly(input);
      if (fields.timeZone !== undefined && !isValidZone(fields.timeZone))
        throw errors.invalidTimeZone();
      Object.assign(cohort, fields, checkPlace({ ...cohort, ...fields }));
      if (cohort.capacity < cohort.enrolledSeats)
        throw errors.capacityBelowEnrolled(cohort.enrolledSeats);
      // A new start date regenerates the sessions and stretches the end date below.
      const reschedule = startsOn !== undefined && startsOn !== before.startsOn;
      if (!reschedule && cohort.startsOn && cohort.endsOn && cohort.endsOn < cohort.startsOn) {
        throw errors.endsBeforeStart(cohort.startsOn);
      }
      if (cohort.timeZone !== before.timeZone) {
        await this.sessions.keepLocalTimes(tx, id, before.timeZone, cohort.timeZone);
      }
      let saved = await this.cohorts.save(tx, cohort);
      if (reschedule) {
        if (!startsOn) throw errors.datesRequired();
        if (await this.sessions.hasAttendance(tx, id)) throw errors.attendanceRecorded();
        const course = await this.courses.findById(cohort.courseId, tx);
        saved = await this.schedule(tx, saved, course!.format, startsOn);
      } else if (fields.endsOn !== undefined) {
        await this.sessions.assertWithin(tx, saved);
      }
      if (trainerIds) await this.assignTrainers(tx, id, trainerIds);
      if (saved.capacity > before.capacity) await this.waitlist.promote(tx, actor, saved);
      await this.audit.record(tx, actor, {
        action: 'cohort.update',
        entityType: 'cohort',
        entityId: id,
        changes: { ...diffFields(before, saved, AUDITED), ...(trainerIds ? { trainerIds } : {}) },
      });
      return this.toDto(saved, tx);
    });
  }

  async changeStatus(actor: AuthUser, id: string, status: CohortStatus): Promise<CohortDto> {
    await this.access.manageable(actor, id);
    return this.tx.run(async (tx) => {
      const cohort = await this.lock(tx, id);
      const problem = transitionProblem(cohort.status, status, {
        enrolledParticipants: cohort.enrolledSeats,
        scheduledSessions: await this.sessions.count(tx, id),
      });
      if (problem) throw errors.statusTransition(problem);
      const before = { ...cohort };
      const saved = await this.cohorts.save(tx, Object.assign(cohort, { status }));
      await this.audit.recordDiff(tx, actor, 'cohort.status', id, before, saved, ['status']);
      return this.toDto(saved, tx);
    });
  }

  /** Generates the format's sessions from the start date and stretches the end date to cover them. */
  private async schedule(
    tx: Tx,
    cohort: CohortEntity,
    format: CourseFormat,
    startsOn: string,
  ): Promise<CohortEntity> {
    const last = await this.sessions.generate(tx, cohort, format, startsOn);
    cohort.startsOn = startsOn;
    if (!cohort.endsOn || cohort.endsOn < last) cohort.endsOn = last;
    return this.cohorts.save(tx, cohort);
  }

  private async assignTrainers(tx: Tx, cohortId: string, trainerIds: string[]): Promise<void> {
    const unique = [...new Set(trainerIds)];
    const staff = await this.users.withRole(tx, unique, ['trainer', 'admin'], true);
    if (staff.length !== unique.length) {
      throw errors.invalidTrainers();
    }
    await this.cohorts.setTrainers(tx, cohortId, unique);
  }

  private async lock(tx: Tx, id: string): Promise<CohortEntity> {
    const cohort = await this.cohorts.findForUpdate(tx, id);
    if (!cohort) throw errors.cohortNotFound(id);
    return cohort;
  }

  private async toDto(cohort: CohortEntity, tx?: Tx): Promise<CohortDto> {
    const trainers = await this.cohorts.trainerIds([cohort.id], tx);
    return toCohortDto(cohort, trainers.get(cohort.id) ?? []);
  }
}

/** A cohort meets at a venue, online, or both. */
function checkPlace<T extends { online: boolean; venue: string | null; onlineUrl: string | null }>(
  fields: T,
): Pick<T, 'online' | 'venue' | 'onlineUrl'> {
  if (!fields.online && !fields.venue) throw errors.placeRequired();
  return {
    online: fields.online,
    venue: fields.venue || null,
    onlineUrl: fields.onlineUrl || null,
  };
}
