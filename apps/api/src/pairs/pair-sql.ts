import { SqlFragment } from '../common/database/sql-fragment';

/**
 * Both members of every enrolled pair of the cohort `param`: `pair_id`, `participant_id`,
 * `pair_created_at` and `member_order` (1 political, 2 technical), to order them like
 * PairMembers.enrolledParticipants.
 */
export const enrolledMembersSql: SqlFragment = (param) =>
  `SELECT p.id AS pair_id, m.participant_id, p.created_at AS pair_created_at, m.member_order
     FROM cohort_pairs p
     CROSS JOIN LATERAL (VALUES (p.political_id, 1), (p.technical_id, 2))
       AS m(participant_id, member_order)
    WHERE p.cohort_id = ${param} AND p.status = 'enrolled'`;

/**
 * Every enrolled pair of every cohort: `id`, `cohort_id`, `territory_id`, `political_id`,
 * `technical_id` (reports over many cohorts filter it themselves).
 */
export const enrolledPairsSql = `SELECT id, cohort_id, territory_id, political_id, technical_id
     FROM cohort_pairs WHERE status = 'enrolled'`;

/** The enrolled pair of the cohort `cohortSql` that the user `userSql` is a member of: `id`. */
export const enrolledPairOfMemberSql = (cohortSql: string, userSql: string): string =>
  `SELECT id FROM cohort_pairs
    WHERE cohort_id = ${cohortSql} AND status = 'enrolled'
      AND ${userSql} IN (political_id, technical_id)`;
