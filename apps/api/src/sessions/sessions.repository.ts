import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AttendanceEntity, CalendarTokenEntity, CohortSessionEntity } from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';

export type NewSession = Omit<CohortSessionEntity, 'id' | 'createdAt' | 'updatedAt' | 'cohort'>;
export type AttendanceRow = Omit<
  AttendanceEntity,
  'recordedAt' | 'session' | 'participant' | 'recorder'
>;

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
