import { Injectable } from '@nestjs/common';
import { CohortEntity, CohortSessionEntity, CohortStatus } from '@apprenance/db';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { definedOnly } from '../common/defined-only';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { CohortAccess } from './cohort-access';
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
import { transitionProblem } from './seats';
import {
  generateSessions,
  instants,
  isValidZone,
  lastDay,
  localSchedule,
} from './session-schedule';
import { EnrolmentService } from './enrolment.service';

const AUDITED = COHORT_FIELDS;

@Injectable()
export class CohortsService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly access: CohortAccess,
    private readonly enrolment: EnrolmentService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, query: CohortListQueryDto): Promise<Page<CohortDto>> {
    const page = await this.cohorts.list(actor, query);
    const trainers = await this.cohorts.trainerIds(page.items.map((c) => c.id));
    return page.map((cohort) => toCohortDto(cohort, trainers.get(cohort.id) ?? []));
  }

  async get(actor: AuthUser, id: string): Promise<CohortDto> {
    return this.toDto(await this.access.readable(actor, id));
  }

  create(actor: AuthUser | null, input: CreateCohortDto): Promise<CohortDto> {
    return this.tx.run(async (tx) => {
      const course = await this.cohorts.findCourse(tx, input.courseId);
      if (!course) throw errors.unknownCourse();
      if (course.status !== 'published') throw errors.courseNotPublished();
      if (
        actor?.role === 'trainer' &&
        !(await this.cohorts.isCourseTrainer(tx, course.id, actor.id))
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
      if (fields.timeZone && !isValidZone(fields.timeZone)) throw errors.invalidTimeZone();
      Object.assign(cohort, fields, checkPlace({ ...cohort, ...fields }));
      if (cohort.capacity < cohort.enrolledSeats)
        throw errors.capacityBelowEnrolled(cohort.enrolledSeats);
      // A new start date regenerates the sessions and stretches the end date below.
      const reschedule = startsOn !== undefined && startsOn !== before.startsOn;
      if (!reschedule && cohort.startsOn && cohort.endsOn && cohort.endsOn < cohort.startsOn) {
        throw errors.endsBeforeStart(cohort.startsOn);
      }
      if (cohort.timeZone !== before.timeZone) {
        await this.keepLocalTimes(tx, id, before.timeZone, cohort.timeZone);
      }
      let saved = await this.cohorts.save(tx, cohort);
      if (reschedule) {
        if (!startsOn) throw errors.datesRequired();
        if (await this.cohorts.hasAttendance(tx, id)) throw errors.attendanceRecorded();
        const course = await this.cohorts.findCourse(tx, cohort.courseId);
        saved = await this.schedule(tx, saved, course!.format, startsOn);
      } else if (fields.endsOn !== undefined) {
        await this.assertSessionsWithin(tx, saved);
      }
      if (trainerIds) await this.assignTrainers(tx, id, trainerIds);
      if (saved.capacity > before.capacity) await this.enrolment.promote(tx, actor, saved);
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
      const sessions = await this.cohorts.sessions(id, tx);
      const problem = transitionProblem(cohort.status, status, {
        enrolledParticipants: cohort.enrolledSeats,
        scheduledSessions: sessions.length,
      });
      if (problem) throw errors.statusTransition(problem);
      const before = { ...cohort };
      const saved = await this.cohorts.save(tx, Object.assign(cohort, { status }));
      await this.audit.record(tx, actor, {
        action: 'cohort.status',
        entityType: 'cohort',
        entityId: id,
        changes: diffFields(before, saved, ['status']),
      });
      return this.toDto(saved, tx);
    });
  }

  /** Generates the format's sessions from the start date and stretches the end date to cover them. */
  private async schedule(
    tx: Tx,
    cohort: CohortEntity,
    format: 'short' | 'deep',
    startsOn: string,
  ): Promise<CohortEntity> {
    const sessions = generateSessions(format, startsOn, cohort.timeZone);
    await this.cohorts.replaceSessions(
      tx,
      cohort.id,
      sessions.map((s) => ({ ...s, cohortId: cohort.id, venue: null, onlineUrl: null })),
    );
    const last = lastDay(sessions[sessions.length - 1], cohort.timeZone);
    cohort.startsOn = startsOn;
    if (!cohort.endsOn || cohort.endsOn < last) cohort.endsOn = last;
    return this.cohorts.save(tx, cohort);
  }

  /** A new time zone keeps the sessions' local dates and hours, so their instants move. */
  private async keepLocalTimes(tx: Tx, cohortId: string, from: string, to: string) {
    for (const session of await this.cohorts.sessions(cohortId, tx)) {
      const local = localSchedule(session, from);
      Object.assign(session, instants(local.date, local.startTime, local.endTime, to));
      await this.cohorts.saveSession(tx, session);
    }
  }

  private async assertSessionsWithin(tx: Tx, cohort: CohortEntity): Promise<void> {
    const sessions: CohortSessionEntity[] = await this.cohorts.sessions(cohort.id, tx);
    if (!cohort.startsOn || !cohort.endsOn) return;
    for (const session of sessions) {
      if (lastDay(session, cohort.timeZone) > cohort.endsOn) {
        throw errors.sessionOutsideCohort('endsOn', cohort.startsOn, cohort.endsOn);
      }
    }
  }

  private async assignTrainers(tx: Tx, cohortId: string, trainerIds: string[]): Promise<void> {
    const unique = [...new Set(trainerIds)];
    if (unique.length && (await this.cohorts.countTrainers(tx, unique)) !== unique.length) {
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
