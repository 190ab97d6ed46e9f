import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FollowUpCivicTechEntity, FollowUpMilestone, StrategyFollowUpEntity } from '@apprenance/db';
import { FOLLOW_UP_OVERDUE_AFTER_DAYS } from '@apprenance/domain';
import { DataSource, In, Repository } from 'typeorm';
import { cohortFactsSql } from '../cohorts/cohort-sql';
import { AuthUser } from '../common/auth/auth-user';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { FollowUpListQueryDto, FollowUpState } from './dto/follow-up.dto';
import { enrolledPairsSql } from '../pairs/pair-sql';
import { territoryNamesSql } from '../territories/territory-sql';
import { callerCondition } from './impact-scope';
import { SqlParams } from '../common/database/sql-params';

/** A pair's milestone as the list gives it, before its record is attached. */
export interface FollowUpSlotRow {
  pairId: string;
  pairLabel: string;
  cohortId: string;
  cohortName: string;
  milestone: number;
  dueAt: Date;
  state: FollowUpState;
  followUpId: string | null;
}

export type FollowUpRecord = StrategyFollowUpEntity & { civicTechIds: string[] };
export type FollowUpFields = Omit<
  StrategyFollowUpEntity,
  'id' | 'createdAt' | 'updatedAt' | 'cohort' | 'pair' | 'recorder'
>;

const SORTABLE = {
  dueAt: 'due_at',
  milestone: 'milestone',
  cohortName: 'cohort_name',
  pairLabel: 'pair_label',
} as const;

/**
 * Every (enrolled pair, milestone) of the dated cohorts in sight, with its due date in the
 * cohort's time zone (`date + interval` clamps to the month's end like the domain rule) and its
 * state at `at`; `state` filters before counting. Cohorts, pairs and territories come from
 * their owners' exported subqueries.
 */
const SLOTS = (scope: string, at: string, state: string) => `
  SELECT p.id AS pair_id, COALESCE(t.name, p.id::text) AS pair_label,
         c.id AS cohort_id, c.name AS cohort_name, ms.months AS milestone, d.due_at,
         f.id AS follow_up_id, s.state
    FROM (${cohortFactsSql}) c
    CROSS JOIN (VALUES (3), (6), (12)) AS ms(months)
    CROSS JOIN LATERAL (
      SELECT (c.ends_on + make_interval(months => ms.months)) AT TIME ZONE c.time_zone AS due_at,
             (c.ends_on + make_interval(months => ms.months, days => ${FOLLOW_UP_OVERDUE_AFTER_DAYS}))
               AT TIME ZONE c.time_zone AS overdue_at) d
    JOIN (${enrolledPairsSql}) p ON p.cohort_id = c.id
    LEFT JOIN (${territoryNamesSql}) t ON t.id = p.territory_id
    LEFT JOIN strategy_follow_ups f ON f.pair_id = p.id AND f.milestone = ms.months
    CROSS JOIN LATERAL (
      SELECT CASE WHEN f.id IS NOT NULL THEN 'recorded'
                  WHEN ${at} < d.due_at THEN 'upcoming'
                  WHEN ${at} < d.overdue_at THEN 'due'
                  ELSE 'overdue' END AS state) s
   WHERE c.status <> 'cancelled' AND c.ends_on IS NOT NULL AND ${scope} AND ${state}`;

/** The same states as SQL the planner can use before computing every slot. */
const STATE_FILTER: Record<FollowUpState, (at: string) => string> = {
  recorded: () => 'f.id IS NOT NULL',
  upcoming: (at) => `f.id IS NULL AND ${at} < d.due_at`,
  due: (at) => `f.id IS NULL AND ${at} >= d.due_at AND ${at} < d.overdue_at`,
  overdue: (at) => `f.id IS NULL AND ${at} >= d.overdue_at`,
};

@Injectable()
export class FollowUpsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(StrategyFollowUpEntity)
    private readonly followUps: Repository<StrategyFollowUpEntity>,
    @InjectRepository(FollowUpCivicTechEntity)
    private readonly deployed: Repository<FollowUpCivicTechEntity>,
  ) {}

  async slots(
    actor: Pick<AuthUser, 'id' | 'role'>,
    query: FollowUpListQueryDto,
    now: Date,
  ): Promise<Page<FollowUpSlotRow>> {
    const { skip, take } = pageWindow(query);
    const params = new SqlParams();
    const conditions = [callerCondition(actor, params)];
    if (query.cohortId) conditions.push(`c.id = ${params.add(query.cohortId)}`);
    const at = params.add(now);
    const state = query.state ? STATE_FILTER[query.state](at) : 'TRUE';
    const order = sortColumn(query._sort, SORTABLE, 'dueAt');
    const rows: (FollowUpSlotRow & { total: string })[] = await this.dataSource.query(
      `SELECT pair_id AS "pairId", pair_label AS "pairLabel", cohort_id AS "cohortId",
              cohort_name AS "cohortName", milestone, due_at AS "dueAt", state,
              follow_up_id AS "followUpId", count(*) OVER () AS total
         FROM (${SLOTS(conditions.join(' AND '), at, state)}) slots
        ORDER BY ${order} ${query._order}, pair_id, milestone
        LIMIT ${params.add(take)} OFFSET ${params.add(skip)}`,
      params.values,
    );
    return new Page(
      rows.map(({ total: _total, ...row }) => row),
      Number(rows[0]?.total ?? 0),
      skip,
    );
  }

  /** The records of these follow-ups, with the tools each deployed. */
  async records(ids: string[], tx?: Tx): Promise<FollowUpRecord[]> {
    if (!ids.length) return [];
    const followUps = tx ? tx.getRepository(StrategyFollowUpEntity) : this.followUps;
    const deployed = tx ? tx.getRepository(FollowUpCivicTechEntity) : this.deployed;
    const [records, tools] = await Promise.all([
      followUps.findBy({ id: In(ids) }),
      deployed.find({ where: { followUpId: In(ids) }, order: { civicTechId: 'ASC' } }),
    ]);
    return records.map((record) => ({
      ...record,
      civicTechIds: tools.filter((t) => t.followUpId === record.id).map((t) => t.civicTechId),
    }));
  }

  async findForUpdate(
    tx: Tx,
    pairId: string,
    milestone: FollowUpMilestone,
  ): Promise<FollowUpRecord | null> {
    const found = await tx
      .getRepository(StrategyFollowUpEntity)
      .findOne({ where: { pairId, milestone }, lock: { mode: 'pessimistic_write' } });
    return found ? ((await this.records([found.id], tx))[0] ?? null) : null;
  }

  /** Writes a pair's milestone, replacing what was recorded before (one row per milestone). */
  async upsert(tx: Tx, fields: FollowUpFields, civicTechIds: string[]): Promise<FollowUpRecord> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(StrategyFollowUpEntity)
      .values(fields)
      .orUpdate(
        [
          'status',
          'funding_secured',
          'funding_amount',
          'funding_source',
          'what_changed',
          'document_url',
          'recorded_by',
          'updated_at',
        ],
        ['pair_id', 'milestone'],
      )
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0].id;
    await tx.getRepository(FollowUpCivicTechEntity).delete({ followUpId: id });
    if (civicTechIds.length) {
      await tx
        .getRepository(FollowUpCivicTechEntity)
        .insert([...new Set(civicTechIds)].map((civicTechId) => ({ followUpId: id, civicTechId })));
    }
    return (await this.records([id], tx))[0];
  }
}
