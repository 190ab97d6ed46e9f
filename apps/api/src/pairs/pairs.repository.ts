import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CohortPairEntity, PairStatus, queryPrepared } from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { cohortVisibleSql, unfinishedCohortSql } from '../cohorts/cohort-sql';
import { AuthUser } from '../common/auth/auth-user';
import { queryRowsWhen, rowsWhenSql } from '../common/database/rows-when';
import { SqlFragment } from '../common/database/sql-fragment';
import { Tx } from '../common/database/transaction';
import { territoryNameSql } from '../territories/territory-sql';
import { pairMemberJsonSql } from '../users/user-sql';
import type { Person } from '../users/users.repository';

export type NewPair = Pick<
  CohortPairEntity,
  'cohortId' | 'territoryId' | 'politicalId' | 'technicalId' | 'status'
>;

/** A member as a pair's roster shows them. */
export type PairMember = Pick<Person, 'id' | 'displayName' | 'email' | 'position' | 'kind'>;

/** A pair with its territory's name and its two members, as the roster shows it. */
export type PairView = Pick<
  CohortPairEntity,
  'id' | 'cohortId' | 'territoryId' | 'status' | 'waitlistRank' | 'createdAt' | 'updatedAt'
> & { territoryName: string | null; political: PairMember; technical: PairMember };

/** The pairs matching `condition` (on `p`, with `$1`), in roster order, as `PairView`s. */
const pairViewsSql = (condition: string) =>
  `SELECT p.id, p.cohort_id AS "cohortId", p.territory_id AS "territoryId",
          (${territoryNameSql('p.territory_id')}) AS "territoryName",
          p.status, p.waitlist_rank AS "waitlistRank",
          (${pairMemberJsonSql('p.political_id')}) AS political,
          (${pairMemberJsonSql('p.technical_id')}) AS technical,
          p.created_at AS "createdAt", p.updated_at AS "updatedAt"
     FROM cohort_pairs p
    WHERE ${condition}
    ORDER BY p.status, p.waitlist_rank, p.created_at, p.id`;
// The roster of cohort $1 as the user $3 of role $2 may see it: nothing when the cohort is not
// theirs, only the enrolled pairs for participants.
const ROSTER_SQL = rowsWhenSql(
  cohortVisibleSql('$1', '$2', '$3'),
  pairViewsSql(`p.cohort_id = $1 AND ($2::text <> 'participant' OR p.status = 'enrolled')`),
);
const PAIR_SQL = pairViewsSql(`p.id = $1`);

/** A user's place through a pair, in a cohort. */
export interface Membership {
  userId: string;
  cohortId: string;
}

/**
 * The places of the users `users` (uuid[]) as `activeMemberships` describes them, but in pair
 * `exclude`, for a change in cohort `cohort`: `userId`, `cohortId`.
 */
const activeMembershipsSql = (users: string, exclude: string, cohort: string) =>
  `SELECT u.id AS "userId", p.cohort_id AS "cohortId"
     FROM cohort_pairs p
     JOIN unnest(${users}::uuid[]) AS u(id) ON u.id IN (p.political_id, p.technical_id)
    WHERE (p.status IN ('enrolled', 'waitlisted') OR (p.status = 'applied' AND p.cohort_id = ${cohort}))
      AND p.id IS DISTINCT FROM ${exclude}::uuid`;

/** The rank after the last one on the waitlist of cohort `param`. */
const nextWaitlistRankSql: SqlFragment = (param) =>
  `SELECT COALESCE(MAX(waitlist_rank), 0) + 1 FROM cohort_pairs WHERE cohort_id = ${param}`;

/** The pair `$1`…`$5` of `pairParams`, when `condition` holds; `RETURNING` to follow. */
const insertPairSql = (condition: string) =>
  `INSERT INTO cohort_pairs (cohort_id, territory_id, political_id, technical_id, status, waitlist_rank)
   SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::pair_status,
          CASE WHEN $5::pair_status = 'waitlisted' THEN (${nextWaitlistRankSql('$1')}) END
    WHERE ${condition}`;

const pairParams = (pair: NewPair) => [
  pair.cohortId,
  pair.territoryId,
  pair.politicalId,
  pair.technicalId,
  pair.status,
];

/** Every column of a pair under its property's name. */
const pairColumns = (tx: Tx) =>
  tx.connection
    .getMetadata(CohortPairEntity)
    .columns.map((column) => `${column.databaseName} AS "${column.propertyName}"`);

@Injectable()
export class PairsRepository {
  constructor(
    @InjectRepository(CohortPairEntity) private readonly pairs: Repository<CohortPairEntity>,
  ) {}

  /**
   * The cohort's pairs as `viewer` may see them (participants: the enrolled ones), with their
   * members and territory, or null when the cohort is not visible to them: one statement, as
   * the roster is read far more often than it changes.
   */
  async roster(
    viewer: Pick<AuthUser, 'id' | 'role'>,
    cohortId: string,
  ): Promise<PairView[] | null> {
    return queryRowsWhen<PairView>(
      this.pairs.manager,
      ROSTER_SQL,
      [cohortId, viewer.role, viewer.id],
      'id',
    );
  }

  /** The pair with its members and territory, or null; in the transaction `tx` when given. */
  async view(id: string, tx?: Tx): Promise<PairView | null> {
    const rows: PairView[] = await queryPrepared(tx ?? this.pairs.manager, PAIR_SQL, [id]);
    return rows[0] ?? null;
  }

  findForUpdate(tx: Tx, cohortId: string, id: string): Promise<CohortPairEntity | null> {
    return tx
      .getRepository(CohortPairEntity)
      .findOne({ where: { id, cohortId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Which of these users are in an active pair of this cohort, or enrolled or waitlisted in
   * another cohort (whether that one has finished is the cohorts' to say). An application
   * elsewhere holds no place: anyone may file one with anyone's email, so it must not keep
   * that person out of other cohorts.
   */
  async activeMemberships(
    tx: Tx,
    cohortId: string,
    userIds: string[],
    excludePairId?: string,
  ): Promise<Membership[]> {
    return tx.query(activeMembershipsSql('$1', '$2', '$3'), [
      userIds,
      excludePairId ?? null,
      cohortId,
    ]);
  }

  findByIds(ids: string[], tx?: Tx): Promise<CohortPairEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return (tx?.getRepository(CohortPairEntity) ?? this.pairs).findBy({ id: In(ids) });
  }

  /** The enrolled pairs the user is a member of (at most one per cohort). */
  enrolledOf(userId: string, tx?: Tx): Promise<CohortPairEntity[]> {
    return (tx?.getRepository(CohortPairEntity) ?? this.pairs).find({
      where: [
        { status: 'enrolled', politicalId: userId },
        { status: 'enrolled', technicalId: userId },
      ],
    });
  }

  /**
   * Everyone holding a place through a pair, as in `activeMemberships`: enrolled or waitlisted
   * anywhere, or applied to this cohort.
   */
  allActiveMemberships(tx: Tx, cohortId: string): Promise<{ userId: string; cohortId: string }[]> {
    return tx.query(
      `SELECT u.id AS "userId", p.cohort_id AS "cohortId"
         FROM cohort_pairs p
         CROSS JOIN LATERAL unnest(ARRAY[p.political_id, p.technical_id]) AS u(id)
        WHERE p.status IN ('enrolled', 'waitlisted') OR (p.status = 'applied' AND p.cohort_id = $1)`,
      [cohortId],
    );
  }

  /** The cohorts in which the user's pair is enrolled. */
  enrolledCohortIds(userId: string): Promise<string[]> {
    return this.cohortIdsWhere(userId, ['enrolled']);
  }

  /** The cohorts in which the user's pair holds a place: enrolled or waitlisted. */
  placedCohortIds(userId: string): Promise<string[]> {
    return this.cohortIdsWhere(userId, ['enrolled', 'waitlisted']);
  }

  private async cohortIdsWhere(userId: string, statuses: PairStatus[]): Promise<string[]> {
    const pairs = await this.pairs.find({
      select: { cohortId: true },
      where: [
        { status: In(statuses), politicalId: userId },
        { status: In(statuses), technicalId: userId },
      ],
    });
    return [...new Set(pairs.map((pair) => pair.cohortId))];
  }

  async nextWaitlistRank(tx: Tx, cohortId: string): Promise<number> {
    const [row] = await tx.query(`SELECT (${nextWaitlistRankSql('$1')}) AS rank`, [cohortId]);
    return Number(row.rank);
  }

  waitlist(tx: Tx, cohortId: string): Promise<CohortPairEntity[]> {
    return tx.getRepository(CohortPairEntity).find({
      where: { cohortId, status: 'waitlisted' },
      order: { waitlistRank: 'ASC' },
    });
  }

  /** Ranks the waitlist 1, 2, 3… again in its order, after pairs left it. */
  async renumberWaitlist(tx: Tx, cohortId: string): Promise<void> {
    await tx.query(
      `UPDATE cohort_pairs p SET waitlist_rank = r.rank
         FROM (SELECT id, row_number() OVER (ORDER BY waitlist_rank, created_at, id) AS rank
                 FROM cohort_pairs WHERE cohort_id = $1 AND status = 'waitlisted') r
        WHERE p.id = r.id AND p.waitlist_rank <> r.rank`,
      [cohortId],
    );
  }

  /**
   * Inserts the pair, a waitlisted one last in line (the caller holds the cohort's lock), in
   * one statement that returns the whole row.
   */
  async insert(tx: Tx, pair: NewPair): Promise<CohortPairEntity> {
    const [row] = await tx.query(
      `${insertPairSql('TRUE')} RETURNING ${pairColumns(tx).join(', ')}`,
      pairParams(pair),
    );
    return tx.create(CohortPairEntity, row as object);
  }

  /**
   * `insert`, unless a member already holds a place that keeps them out (as
   * `activeMemberships`, in a cohort that has not finished): then nothing is written and
   * `placed` says where they are. The check and the
   * insert in one statement, which runs after the caller locked both members.
   */
  async insertUnlessPlaced(
    tx: Tx,
    pair: NewPair,
  ): Promise<{ pair: CohortPairEntity } | { placed: Membership[] }> {
    const [row] = await queryPrepared<Record<string, unknown>>(
      tx,
      `WITH placed AS (
         SELECT m.* FROM (${activeMembershipsSql('ARRAY[$3, $4]', 'NULL', '$1')}) m
          WHERE EXISTS (${unfinishedCohortSql('m."cohortId"')})),
       inserted AS (
         ${insertPairSql('NOT EXISTS (SELECT 1 FROM placed)')}
         RETURNING ${pairColumns(tx).join(', ')})
       SELECT inserted.*, (SELECT json_agg(placed) FROM placed) AS placed
         FROM (SELECT 1) one LEFT JOIN inserted ON TRUE`,
      pairParams(pair),
    );
    const { placed, ...inserted } = row as { placed: Membership[] | null; id: string | null };
    return placed ? { placed } : { pair: tx.create(CohortPairEntity, inserted as object) };
  }

  save(tx: Tx, pair: CohortPairEntity): Promise<CohortPairEntity> {
    return tx.getRepository(CohortPairEntity).save(pair);
  }

  /** The enrolled pairs of a cohort, first enrolled first. */
  enrolled(cohortId: string, tx?: Tx): Promise<CohortPairEntity[]> {
    return (tx?.getRepository(CohortPairEntity) ?? this.pairs).find({
      where: { cohortId, status: 'enrolled' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
