import { Injectable } from '@nestjs/common';
import { csvTable } from '../common/csv/csv-writer';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { phaseRate } from '@apprenance/domain';
import { CohortAccess } from '../cohorts/cohort-access';
import * as errors from '../cohorts/cohorts.errors';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { SessionsRepository } from './sessions.repository';
import {
  AttendanceDto,
  AttendanceEntryDto,
  BulkAttendanceDto,
  ParticipantRatesDto,
} from './dto/attendance.dto';
import { Problems } from '@apprenance/domain';
import { PairMembers } from '../pairs/pair-members';

@Injectable()
export class AttendanceService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly cohorts: CohortsRepository,
    private readonly members: PairMembers,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Records a whole session at once: every entry is checked before any is written. */
  async record(
    actor: AuthUser,
    cohortId: string,
    sessionId: string,
    input: BulkAttendanceDto,
  ): Promise<AttendanceDto[]> {
    await this.access.manageable(actor, cohortId);
    await this.tx.run(async (tx) => {
      await this.cohorts.findForUpdate(tx, cohortId);
      const session = await this.sessions.findForUpdate(tx, cohortId, sessionId);
      if (!session) throw errors.sessionNotFound(sessionId);
      const enrolled = new Set(
        (await this.members.enrolledParticipants(cohortId, tx)).map((u) => u.id),
      );
      const problems = entryProblems(input.entries, enrolled, session.dayCount);
      if (Object.keys(problems).length) throw errors.notInCohort(problems);
      const before = new Map(
        (await this.sessions.attendance([sessionId], undefined, tx)).map((row) => [
          `${row.participantId}/${row.dayIndex}`,
          row.status,
        ]),
      );
      await this.sessions.upsertAttendance(
        tx,
        input.entries.map((e) => ({
          sessionId,
          participantId: e.participantId,
          dayIndex: e.dayIndex,
          status: e.status,
          note: e.note ?? null,
          recordedBy: actor.id,
        })),
      );
      await this.audit.record(tx, actor, {
        action: 'attendance.record',
        entityType: 'cohort_session',
        entityId: sessionId,
        changes: {
          entries: input.entries.map(({ participantId, dayIndex, status, note }) => ({
            participantId,
            dayIndex,
            status,
            note: note ?? null,
            was: before.get(`${participantId}/${dayIndex}`) ?? null,
          })),
        },
      });
    });
    return (await this.list(actor, cohortId)).filter((a) => a.sessionId === sessionId);
  }

  /** Trainers see everyone's attendance; a participant sees their own. */
  async list(actor: AuthUser, cohortId: string): Promise<AttendanceDto[]> {
    const grid = await this.sessions.grid(actor, cohortId, ownOnly(actor));
    if (!grid) throw errors.cohortNotFound(cohortId);
    return grid;
  }

  /** Rates per participant and phase, counted by the database in one aggregate. */
  async rates(actor: AuthUser, cohortId: string): Promise<ParticipantRatesDto[]> {
    const counts = await this.sessions.phaseCounts(actor, cohortId, ownOnly(actor));
    if (!counts) throw errors.cohortNotFound(cohortId);
    const participants = new Map<string, ParticipantRatesDto>();
    for (const { participantId, displayName, ...count } of counts) {
      const entry = participants.get(participantId) ?? { participantId, displayName, phases: [] };
      entry.phases.push(phaseRate(count));
      participants.set(participantId, entry);
    }
    return [...participants.values()];
  }

  async csv(actor: AuthUser, cohortId: string): Promise<string> {
    await this.access.manageable(actor, cohortId);
    const names = new Map(
      (await this.members.enrolledParticipants(cohortId)).map((u) => [u.id, u]),
    );
    const rows = (await this.list(actor, cohortId)).map((a) => [
      a.phase,
      a.sessionId,
      a.dayIndex,
      a.participantId,
      names.get(a.participantId)?.displayName ?? '',
      names.get(a.participantId)?.email ?? '',
      a.status,
      a.note ?? '',
    ]);
    return csvTable(
      [
        'phase',
        'session_id',
        'day_index',
        'participant_id',
        'participant_name',
        'participant_email',
        'status',
        'note',
      ],
      rows,
      { bom: true },
    );
  }
}

/**
 * Problems of a session's entries, by entry: someone not enrolled, a day the session does not
 * have, or the same participant and day twice in one request.
 */
export function entryProblems(
  entries: Pick<AttendanceEntryDto, 'participantId' | 'dayIndex'>[],
  enrolled: Set<string>,
  dayCount: number,
): Problems {
  const problems: Problems = {};
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const add = (field: string, message: string) =>
      (problems[`entries.${i}.${field}`] ??= []).push(message);
    if (!enrolled.has(entry.participantId)) {
      add('participantId', 'is not an enrolled participant of this cohort');
    }
    if (entry.dayIndex > dayCount) {
      add('dayIndex', `must be between 1 and ${dayCount}: the session has ${dayCount} day(s)`);
    }
    const key = `${entry.participantId}/${entry.dayIndex}`;
    const first = seen.get(key);
    if (first !== undefined) add('dayIndex', `repeats entry ${first} for the same participant`);
    else seen.set(key, i);
  });
  return problems;
}

/** The participant whose rows only the actor may read, or null when they may read everyone's. */
function ownOnly(actor: AuthUser): string | null {
  return actor.role === 'participant' ? actor.id : null;
}
