import { Injectable } from '@nestjs/common';
import { CohortEntity, CohortSessionEntity, CourseFormat } from '@apprenance/db';
import {
  generateSessions,
  instants,
  lastDay,
  localSchedule,
  sessionDays,
} from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { CohortAccess } from '../cohorts/cohort-access';
import * as errors from '../cohorts/cohorts.errors';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { SessionsRepository } from './sessions.repository';
import { SessionDto, UpdateSessionDto } from './dto/session.dto';

const AUDITED = ['startsAt', 'endsAt', 'venue', 'onlineUrl'] as const;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly cohorts: CohortsRepository,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, cohortId: string): Promise<SessionDto[]> {
    const cohort = await this.access.readable(actor, cohortId);
    return (await this.sessions.ofCohort(cohortId)).map((s) => toSessionDto(s, cohort));
  }

  /** Replaces the cohort's sessions by those of the format from `startsOn`; returns their last day. */
  async generate(
    tx: Tx,
    cohort: CohortEntity,
    format: CourseFormat,
    startsOn: string,
  ): Promise<string> {
    const sessions = generateSessions(format, startsOn, cohort.timeZone);
    await this.sessions.replace(
      tx,
      cohort.id,
      sessions.map((s) => ({ ...s, cohortId: cohort.id, venue: null, onlineUrl: null })),
    );
    return lastDay(sessions[sessions.length - 1], cohort.timeZone);
  }

  /** A new time zone keeps the sessions' local dates and hours, so their instants move. */
  async keepLocalTimes(tx: Tx, cohortId: string, from: string, to: string): Promise<void> {
    for (const session of await this.sessions.ofCohort(cohortId, tx)) {
      const local = localSchedule(session, from);
      Object.assign(session, instants(local.date, local.startTime, local.endTime, to));
      await this.sessions.save(tx, session);
    }
  }

  /** Refuses cohort dates that would leave one of its sessions outside them. */
  async assertWithin(tx: Tx, cohort: CohortEntity): Promise<void> {
    const sessions = await this.sessions.ofCohort(cohort.id, tx);
    if (!cohort.startsOn || !cohort.endsOn) return;
    for (const session of sessions) {
      if (lastDay(session, cohort.timeZone) > cohort.endsOn) {
        throw errors.sessionsOutsideCohort(cohort.startsOn, cohort.endsOn);
      }
    }
  }

  async count(tx: Tx, cohortId: string): Promise<number> {
    return (await this.sessions.ofCohort(cohortId, tx)).length;
  }

  hasAttendance(tx: Tx, cohortId: string): Promise<boolean> {
    return this.sessions.hasAttendance(tx, cohortId);
  }

  /** Moves or edits a session in the cohort's local time; it must stay within the cohort's dates. */
  async update(
    actor: AuthUser,
    cohortId: string,
    id: string,
    input: UpdateSessionDto,
  ): Promise<SessionDto> {
    await this.access.manageable(actor, cohortId);
    return this.tx.run(async (tx) => {
      const cohort = (await this.cohorts.findForUpdate(tx, cohortId)) as CohortEntity;
      const session = await this.sessions.findForUpdate(tx, cohortId, id);
      if (!session) throw errors.sessionNotFound(id);
      const before = { ...session };
      const local = {
        ...localSchedule(session, cohort.timeZone),
        ...pick(input, ['date', 'startTime', 'endTime']),
      };
      if (local.endTime <= local.startTime) throw errors.sessionTimes();
      Object.assign(session, instants(local.date, local.startTime, local.endTime, cohort.timeZone));
      if (input.venue !== undefined) session.venue = input.venue || null;
      if (input.onlineUrl !== undefined) session.onlineUrl = input.onlineUrl || null;
      const { startsOn, endsOn } = cohort;
      if (
        startsOn &&
        endsOn &&
        (local.date < startsOn || lastDay(session, cohort.timeZone) > endsOn)
      ) {
        throw errors.sessionOutsideCohort(startsOn, endsOn);
      }
      const saved = await this.sessions.save(tx, session);
      await this.audit.recordDiff(tx, actor, 'cohort_session.update', id, before, saved, AUDITED);
      return toSessionDto(saved, cohort);
    });
  }
}

function pick<T extends object, K extends keyof T>(input: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(
    keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]),
  ) as Partial<Pick<T, K>>;
}

export function toSessionDto(session: CohortSessionEntity, cohort: CohortEntity): SessionDto {
  return {
    id: session.id,
    cohortId: session.cohortId,
    phase: session.phase,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    dayCount: session.dayCount,
    timeZone: cohort.timeZone,
    ...localSchedule(session, cohort.timeZone),
    venue: session.venue,
    onlineUrl: session.onlineUrl,
    days: sessionDays(session, cohort.timeZone),
  };
}
