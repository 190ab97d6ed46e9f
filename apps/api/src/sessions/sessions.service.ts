import { Injectable } from '@nestjs/common';
import { CohortEntity, CohortSessionEntity } from '@apprenance/db';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { CohortAccess } from '../cohorts/cohort-access';
import * as errors from '../cohorts/cohorts.errors';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { SessionDto, UpdateSessionDto } from './dto/session.dto';
import { instants, lastDay, localSchedule, sessionDays } from '@apprenance/domain';

const AUDITED = ['startsAt', 'endsAt', 'venue', 'onlineUrl'] as const;

@Injectable()
export class SessionsService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, cohortId: string): Promise<SessionDto[]> {
    const cohort = await this.access.readable(actor, cohortId);
    return (await this.cohorts.sessions(cohortId)).map((s) => toSessionDto(s, cohort));
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
      const session = await this.cohorts.findSessionForUpdate(tx, cohortId, id);
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
        throw errors.sessionOutsideCohort('date', startsOn, endsOn);
      }
      const saved = await this.cohorts.saveSession(tx, session);
      await this.audit.record(tx, actor, {
        action: 'cohort_session.update',
        entityType: 'cohort_session',
        entityId: id,
        changes: diffFields(before, saved, AUDITED),
      });
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
