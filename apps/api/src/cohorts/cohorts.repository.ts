import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CohortEntity,
  CohortTrainerEntity,
  FINISHED_COHORT_STATUSES,
  queryPrepared,
} from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { likePattern } from '../common/database/pg-errors';
import { SqlFragment } from '../common/database/sql-fragment';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { pageOf } from '../common/list/page-of';
import { sortColumn } from '../common/list/sort';
import { CohortListQueryDto } from './dto/cohort.dto';

const SORTABLE = {
  name: 'c.name',
  status: 'c.status',
  startsOn: 'c.startsOn',
  createdAt: 'c.createdAt',
} as const;

/** What a change of a cohort's pairs needs of the cohort it locks. */
export type LockedCohort = Pick<
  CohortEntity,
  'id' | 'name' | 'status' | 'capacity' | 'enrolledSeats'
>;

export type NewCohort = Omit<
  CohortEntity,
  'id' | 'createdAt' | 'updatedAt' | 'course' | 'enrolledSeats'
>;

/**
 * Who sees which cohorts: admins all, trainers those they run, participants those their pair
 * is enrolled in (the pairs feature says which; `enrolledCohortIds` is that list).
 */
export type CohortScope =
  | { role: 'admin' }
  | { role: 'trainer'; trainerId: string }
  | { role: 'participant'; enrolledCohortIds: string[] };

/** SQL that is true when cohort `c` is within the scope. */
function visibleTo(scope: CohortScope): { sql: string; params: object } {
  if (scope.role === 'admin') return { sql: 'TRUE', params: {} };
  if (scope.role === 'trainer') {
    return {
      sql: 'EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = c.id AND ct.trainer_id = :trainerId)',
      params: { trainerId: scope.trainerId },
    };
  }
  if (!scope.enrolledCohortIds.length) return { sql: 'FALSE', params: {} };
  return { sql: 'c.id IN (:...enrolled)', params: { enrolled: scope.enrolledCohortIds } };
}

/** The cohort `id`, if it is within the scope: the query both reads of one cohort build on. */
function visibleById(cohorts: Repository<CohortEntity>, scope: CohortScope, id: string) {
  const visible = visibleTo(scope);
  return cohorts
    .createQueryBuilder('c')
    .where('c.id = :id', { id })
    .andWhere(visible.sql, visible.params);
}

@Injectable()
export class CohortsRepository {
  constructor(@InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>) {}

  async list(scope: CohortScope, query: CohortListQueryDto): Promise<Page<CohortEntity>> {
    const { skip, take } = pageWindow(query);
    const visible = visibleTo(scope);
    const builder = this.cohorts.createQueryBuilder('c').where(visible.sql, visible.params);
    if (query.id?.length) builder.andWhere('c.id IN (:...ids)', { ids: query.id });
    if (query.courseId) builder.andWhere('c.courseId = :courseId', query);
    if (query.status) builder.andWhere('c.status = :status', query);
    // `search` is the name lower-cased, kept by a trigger and indexed by trigrams.
    if (query.q) builder.andWhere('c.search LIKE lower(:q)', { q: likePattern(query.q) });
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'createdAt'), query._order)
      // The tie-breaker runs the same way, so that one index on (column, id) serves both orders.
      .addOrderBy('c.id', query._order)
      .skip(skip)
      .take(take);
    return pageOf(builder, skip);
  }

  /**
   * Whether the cohort is within the scope, without reading it: a constant statement for the
   * check every cohort endpoint makes before reading its own tables.
   */
  async isVisible(scope: CohortScope, id: string): Promise<boolean> {
    const visible = visibleTo(scope);
    const [sql, params] = this.cohorts.manager.connection.driver.escapeQueryWithParameters(
      `SELECT 1 FROM cohorts c WHERE c.id = :id AND ${visible.sql}`,
      { ...visible.params, id },
      {},
    );
    return (await queryPrepared(this.cohorts.manager, sql, params)).length > 0;
  }

  /** The cohort if it is within the scope. */
  findVisible(scope: CohortScope, id: string): Promise<CohortEntity | null> {
    return visibleById(this.cohorts, scope, id).getOne();
  }

  /** The courses these cohorts run. */
  async courseIds(cohortIds: string[]): Promise<string[]> {
    if (!cohortIds.length) return [];
    const rows = await this.cohorts
      .createQueryBuilder('c')
      .select('DISTINCT c.courseId', 'courseId')
      .where('c.id IN (:...cohortIds)', { cohortIds })
      .getRawMany<{ courseId: string }>();
    return rows.map((row) => row.courseId);
  }

  /** The course's cohorts that take applications, soonest first (undated ones last). */
  openOfCourse(courseId: string): Promise<CohortEntity[]> {
    return this.cohorts.find({
      where: { courseId, status: 'open' },
      order: { startsOn: { direction: 'ASC', nulls: 'LAST' }, name: 'ASC', id: 'ASC' },
    });
  }

  /** Those of these cohorts that have not finished. */
  async unfinished(tx: Tx, cohortIds: string[]): Promise<Set<string>> {
    if (!cohortIds.length) return new Set();
    const rows = await tx
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...cohortIds)', { cohortIds })
      .andWhere('c.status NOT IN (:...finished)', { finished: FINISHED_COHORT_STATUSES })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
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

  /**
   * `findForUpdate` of a cohort within the scope, reading what `LockedCohort` needs, and `also`
   * (a fragment of `alsoParam`, e.g. other rows the change locks) once the cohort is locked, in
   * one statement: the cohort's lock is always taken first, and a round trip less runs while it
   * is held. Null when the cohort is out of the scope.
   */
  async lockVisibleWith<T>(
    tx: Tx,
    scope: CohortScope,
    id: string,
    also: SqlFragment,
    alsoParam: unknown,
  ): Promise<(LockedCohort & { also: T }) | null> {
    const visible = visibleTo(scope);
    // A constant statement (no query building); a materialised CTE locks the cohort before the
    // outer query evaluates `also`.
    const [sql, params] = tx.connection.driver.escapeQueryWithParameters(
      `WITH c AS MATERIALIZED (
         SELECT c.id, c.name, c.status, c.capacity, c.enrolled_seats AS "enrolledSeats"
           FROM cohorts c WHERE c.id = :id AND ${visible.sql} FOR UPDATE)
       SELECT c.*, (${also(':also')}) AS also FROM c`,
      { ...visible.params, id, also: alsoParam },
      {},
    );
    const rows: (LockedCohort & { also: T })[] = await queryPrepared(tx, sql, params);
    return rows[0] ?? null;
  }

  insert(tx: Tx, cohort: NewCohort): Promise<CohortEntity> {
    return tx.getRepository(CohortEntity).save(tx.create(CohortEntity, cohort));
  }

  async save(tx: Tx, cohort: CohortEntity): Promise<CohortEntity> {
    await tx.getRepository(CohortEntity).save(cohort);
    return (await this.findById(cohort.id, tx)) as CohortEntity;
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

  /** The cohorts this trainer runs. */
  async idsTrainedBy(trainerId: string): Promise<string[]> {
    const rows = await this.cohorts.manager
      .getRepository(CohortTrainerEntity)
      .find({ select: { cohortId: true }, where: { trainerId } });
    return rows.map((row) => row.cohortId);
  }

  async setTrainers(tx: Tx, cohortId: string, trainerIds: string[]): Promise<void> {
    await tx.delete(CohortTrainerEntity, { cohortId });
    await tx
      .getRepository(CohortTrainerEntity)
      .insert(trainerIds.map((trainerId) => ({ cohortId, trainerId })));
  }
}
