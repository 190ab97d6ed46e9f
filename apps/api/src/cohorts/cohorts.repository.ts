import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CalendarTokenEntity,
  CohortEntity,
  CohortSessionEntity,
  CohortTrainerEntity,
  CourseEntity,
  CourseTrainerEntity,
  UserEntity,
} from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { likePattern } from '../common/database/pg-errors';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { AuthUser } from '../common/auth/auth-user';
import { CohortListQueryDto } from './dto/cohort.dto';

const SORTABLE = {
  name: 'c.name',
  status: 'c.status',
  startsOn: 'c.startsOn',
  createdAt: 'c.createdAt',
} as const;

export type NewCohort = Omit<
  CohortEntity,
  'id' | 'createdAt' | 'updatedAt' | 'course' | 'enrolledSeats'
>;
export type NewSession = Omit<CohortSessionEntity, 'id' | 'createdAt' | 'updatedAt' | 'cohort'>;

/** SQL that is true when the caller may see cohort `c`: admins all, trainers theirs, participants their own. */
function visibleTo(actor: AuthUser): { sql: string; params: object } {
  if (actor.role === 'admin') return { sql: 'TRUE', params: {} };
  if (actor.role === 'trainer') {
    return {
      sql: 'EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = c.id AND ct.trainer_id = :actorId)',
      params: { actorId: actor.id },
    };
  }
  return {
    sql: `EXISTS (SELECT 1 FROM cohort_pairs p WHERE p.cohort_id = c.id AND p.status = 'enrolled'
          AND (p.political_id = :actorId OR p.technical_id = :actorId))`,
    params: { actorId: actor.id },
  };
}

@Injectable()
export class CohortsRepository {
  constructor(@InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>) {}

  async list(actor: AuthUser, query: CohortListQueryDto): Promise<Page<CohortEntity>> {
    const { skip, take } = pageWindow(query);
    const scope = visibleTo(actor);
    const builder = this.cohorts.createQueryBuilder('c').where(scope.sql, scope.params);
    if (query.id?.length) builder.andWhere('c.id IN (:...ids)', { ids: query.id });
    if (query.courseId) builder.andWhere('c.courseId = :courseId', query);
    if (query.status) builder.andWhere('c.status = :status', query);
    if (query.q) builder.andWhere('c.name ILIKE :q', { q: likePattern(query.q) });
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'createdAt'), query._order)
      .addOrderBy('c.id')
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  /** The cohort if the caller may see it. */
  findVisible(actor: AuthUser, id: string): Promise<CohortEntity | null> {
    const scope = visibleTo(actor);
    return this.cohorts
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  findById(id: string, tx?: Tx): Promise<CohortEntity | null> {
    return (tx?.getRepository(CohortEntity) ?? this.cohorts).findOneBy({ id });
  }

  /** Locks the cohort row: enrolments, withdrawals and seat counts of one cohort run one at a time. */
  findForUpdate(tx: Tx, id: string): Promise<CohortEntity | null> {
    return tx
      .getRepository(CohortEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(tx: Tx, cohort: NewCohort): Promise<CohortEntity> {
    return tx.getRepository(CohortEntity).save(tx.create(CohortEntity, cohort));
  }

  async save(tx: Tx, cohort: CohortEntity): Promise<CohortEntity> {
    await tx.getRepository(CohortEntity).save(cohort);
    return (await this.findById(cohort.id, tx)) as CohortEntity;
  }

  findCourse(tx: Tx, id: string): Promise<CourseEntity | null> {
    return tx.getRepository(CourseEntity).findOneBy({ id });
  }

  isCourseTrainer(tx: Tx, courseId: string, trainerId: string): Promise<boolean> {
    return tx.getRepository(CourseTrainerEntity).existsBy({ courseId, trainerId });
  }

  async trainerIds(cohortIds: string[], tx?: Tx): Promise<Map<string, string[]>> {
    const rows = cohortIds.length
      ? await (
          tx?.getRepository(CohortTrainerEntity) ??
          this.cohorts.manager.getRepository(CohortTrainerEntity)
        ).find({
          where: { cohortId: In(cohortIds) },
          order: { createdAt: 'ASC', trainerId: 'ASC' },
        })
      : [];
    const map = new Map<string, string[]>(cohortIds.map((id) => [id, []]));
    for (const row of rows) map.get(row.cohortId)?.push(row.trainerId);
    return map;
  }

  isCohortTrainer(cohortId: string, trainerId: string): Promise<boolean> {
    return this.cohorts.manager
      .getRepository(CohortTrainerEntity)
      .existsBy({ cohortId, trainerId });
  }

  async countTrainers(tx: Tx, ids: string[]): Promise<number> {
    return tx
      .getRepository(UserEntity)
      .countBy({ id: In(ids), role: In(['trainer', 'admin']), isActive: true });
  }

  async setTrainers(tx: Tx, cohortId: string, trainerIds: string[]): Promise<void> {
    await tx.delete(CohortTrainerEntity, { cohortId });
    await tx
      .getRepository(CohortTrainerEntity)
      .insert(trainerIds.map((trainerId) => ({ cohortId, trainerId })));
  }

  sessions(cohortId: string, tx?: Tx): Promise<CohortSessionEntity[]> {
    return (
      tx?.getRepository(CohortSessionEntity) ??
      this.cohorts.manager.getRepository(CohortSessionEntity)
    ).find({
      where: { cohortId },
      order: { startsAt: 'ASC' },
    });
  }

  async replaceSessions(tx: Tx, cohortId: string, sessions: NewSession[]): Promise<void> {
    await tx.delete(CohortSessionEntity, { cohortId });
    await tx.getRepository(CohortSessionEntity).insert(sessions);
  }

  findSessionForUpdate(tx: Tx, cohortId: string, id: string): Promise<CohortSessionEntity | null> {
    return tx
      .getRepository(CohortSessionEntity)
      .findOne({ where: { id, cohortId }, lock: { mode: 'pessimistic_write' } });
  }

  saveSession(tx: Tx, session: CohortSessionEntity): Promise<CohortSessionEntity> {
    return tx.getRepository(CohortSessionEntity).save(session);
  }

  async hasAttendance(tx: Tx, cohortId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id WHERE s.cohort_id = $1 LIMIT 1`,
      [cohortId],
    );
    return rows.length > 0;
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
    return this.cohorts.manager.getRepository(CalendarTokenEntity).findOneBy({ id });
  }

  /** Who reviews a cohort's pairs: its trainers, or the active admins when it has none. */
  async reviewerIds(tx: Tx, cohortId: string): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT trainer_id AS id FROM cohort_trainers WHERE cohort_id = $1
       UNION ALL
       SELECT id FROM users WHERE role = 'admin' AND is_active
          AND NOT EXISTS (SELECT 1 FROM cohort_trainers WHERE cohort_id = $1)`,
      [cohortId],
    );
    return rows.map((row) => row.id);
  }

  findUser(id: string): Promise<UserEntity | null> {
    return this.cohorts.manager.getRepository(UserEntity).findOneBy({ id });
  }
}
