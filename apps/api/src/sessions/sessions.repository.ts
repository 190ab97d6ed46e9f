import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AttendanceEntity,
  CalendarTokenEntity,
  CohortSessionEntity,
  PHASES,
  Phase,
} from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { cohortVisibleSql } from '../cohorts/cohort-sql';
import { AuthUser } from '../common/auth/auth-user';
import { queryRowsWhen, rowsWhenSql } from '../common/database/rows-when';
import { Tx } from '../common/database/transaction';
import { enrolledMembersSql } from '../pairs/pair-sql';
import { phaseDaysSql } from './attendance-sql';
import { displayNameSql } from '../users/user-sql';

export type NewSession = Omit<CohortSessionEntity, 'id' | 'createdAt' | 'updatedAt' | 'cohort'>;
export type AttendanceRow = Omit<
  AttendanceEntity,
  'recordedAt' | 'session' | 'participant' | 'recorder'
>;

/** One participant's days in one phase of a cohort, as counted by `phaseCounts`. */
export interface PhaseCount {
  participantId: string;
  displayName: string;
  phase: Phase;
  days: number;
  present: number;
  absent: number;
  excused: number;
}

/** A participant-day of a cohort's attendance grid, with the phase of its session. */
export type GridCell = Pick<
  AttendanceEntity,
  'sessionId' | 'participantId' | 'dayIndex' | 'status' | 'note' | 'recordedAt'
> & { phase: Phase };

// Both take the cohort ($1) and a participant to restrict them to ($2), or null for everyone.
const GRID_ROWS_SQL = `SELECT a.session_id AS "sessionId", s.phase, a.participant_id AS "participantId",
         a.day_index AS "dayIndex", a.status, a.note, a.recorded_at AS "recordedAt"
    FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id
   WHERE s.cohort_id = $1 AND ($2::uuid IS NULL OR a.participant_id = $2)
   ORDER BY a.session_id, a.participant_id, a.day_index`;

const PHASE_COUNTS_ROWS_SQL = `WITH members AS (
     SELECT m.*, (${displayNameSql('m.participant_id')}) AS display_name
       FROM (${enrolledMembersSql('$1')}) m
      WHERE $2::uuid IS NULL OR m.participant_id = $2
   ), days AS (${phaseDaysSql('$1')}
   ), counts AS (
     SELECT a.participant_id, s.phase,
            count(*) FILTER (WHERE a.status = 'present')::int AS present,
            count(*) FILTER (WHERE a.status = 'absent')::int AS absent,
            count(*) FILTER (WHERE a.status = 'excused')::int AS excused
       FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id
      WHERE s.cohort_id = $1 AND ($2::uuid IS NULL OR a.participant_id = $2)
      GROUP BY a.participant_id, s.phase)
   SELECT m.participant_id AS "participantId", m.display_name AS "displayName", ph.phase,
          COALESCE(d.days, 0) AS days, COALESCE(c.present, 0) AS present,
          COALESCE(c.absent, 0) AS absent, COALESCE(c.excused, 0) AS excused
     FROM members m
    CROSS JOIN unnest($3::course_phase[]) WITH ORDINALITY ph(phase, n)
     LEFT JOIN days d ON d.phase = ph.phase
     LEFT JOIN counts c ON c.participant_id = m.participant_id AND c.phase = ph.phase
    ORDER BY m.pair_created_at, m.pair_id, m.member_order, ph.n`;

// Each read only when the cohort is visible to the viewer, whose role and id come last.
const GRID_SQL = rowsWhenSql(cohortVisibleSql('$1', '$3', '$4'), GRID_ROWS_SQL);
const PHASE_COUNTS_SQL = rowsWhenSql(cohortVisibleSql('$1', '$4', '$5'), PHASE_COUNTS_ROWS_SQL);

/** A cohort's sessions, the attendance taken at them, and the members' calendar links. */
@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(CohortSessionEntity)
    private readonly sessions: Repository<CohortSessionEntity>,
  ) {}

  ofCohort(cohortId: string, tx?: Tx): Promise<CohortSessionEntity[]> {
    return (tx?.getRepository(CohortSessionEntity) ?? this.sessions).find({
      where: { cohortId },
      order: { startsAt: 'ASC' },
    });
  }

  async replace(tx: Tx, cohortId: string, sessions: NewSession[]): Promise<void> {
    await tx.delete(CohortSessionEntity, { cohortId });
    await tx.getRepository(CohortSessionEntity).insert(sessions);
  }

  findForUpdate(tx: Tx, cohortId: string, id: string): Promise<CohortSessionEntity | null> {
    return tx
      .getRepository(CohortSessionEntity)
      .findOne({ where: { id, cohortId }, lock: { mode: 'pessimistic_write' } });
  }

  save(tx: Tx, session: CohortSessionEntity): Promise<CohortSessionEntity> {
    return tx.getRepository(CohortSessionEntity).save(session);
  }

  async hasAttendance(tx: Tx, cohortId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id WHERE s.cohort_id = $1 LIMIT 1`,
      [cohortId],
    );
    return rows.length > 0;
  }

  attendance(sessionIds: string[], participantId?: string, tx?: Tx): Promise<AttendanceEntity[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return (tx ?? this.sessions.manager).getRepository(AttendanceEntity).find({
      where: { sessionId: In(sessionIds), ...(participantId ? { participantId } : {}) },
      order: { sessionId: 'ASC', participantId: 'ASC', dayIndex: 'ASC' },
    });
  }

  /**
   * The cohort's attendance (or one participant's), each day with its session's phase, in
   * one statement; null when the cohort is not visible to `viewer`.
   */
  async grid(
    viewer: Pick<AuthUser, 'id' | 'role'>,
    cohortId: string,
    participantId: string | null,
  ): Promise<GridCell[] | null> {
    return queryRowsWhen<GridCell>(
      this.sessions.manager,
      GRID_SQL,
      [cohortId, participantId, viewer.role, viewer.id],
      'sessionId',
    );
  }

  /**
   * For each member of the cohort's enrolled pairs (or only `participantId`), in enrolment
   * order, and each phase (in PHASES order): their name, the days of the cohort's sessions of
   * that phase and their present, absent and excused days, in one statement; null when the
   * cohort is not visible to `viewer`.
   */
  async phaseCounts(
    viewer: Pick<AuthUser, 'id' | 'role'>,
    cohortId: string,
    participantId: string | null,
  ): Promise<PhaseCount[] | null> {
    return queryRowsWhen<PhaseCount>(
      this.sessions.manager,
      PHASE_COUNTS_SQL,
      [cohortId, participantId, PHASES, viewer.role, viewer.id],
      'participantId',
    );
  }

  async upsertAttendance(tx: Tx, rows: AttendanceRow[]): Promise<void> {
    await tx.getRepository(AttendanceEntity).upsert(rows, {
      conflictPaths: ['sessionId', 'participantId', 'dayIndex'],
    });
  }

  async upsertCalendarToken(
    tx: Tx,
    cohortId: string,
    userId: string,
    secretHash: string,
  ): Promise<string> {
    await tx
      .getRepository(CalendarTokenEntity)
      .upsert({ cohortId, userId, secretHash }, { conflictPaths: ['cohortId', 'userId'] });
    const token = await tx.getRepository(CalendarTokenEntity).findOneByOrFail({ cohortId, userId });
    return token.id;
  }

  /** Deletes the member's token; returns its id, or null when there was none. */
  async deleteCalendarToken(tx: Tx, cohortId: string, userId: string): Promise<string | null> {
    const result = await tx
      .createQueryBuilder()
      .delete()
      .from(CalendarTokenEntity)
      .where({ cohortId, userId })
      .returning('id')
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  findCalendarToken(id: string): Promise<CalendarTokenEntity | null> {
    return this.sessions.manager.getRepository(CalendarTokenEntity).findOneBy({ id });
  }
}
