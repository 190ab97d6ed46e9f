import { FINISHED_COHORT_STATUSES } from '@apprenance/db';
import { SqlFragment } from '../common/database/sql-fragment';
import { enrolledPairOfMemberSql } from '../pairs/pair-sql';

/** The course of the cohort `param`: one row, `course_id`. */
export const cohortCourseSql: SqlFragment = (param) =>
  `SELECT course_id FROM cohorts WHERE id = ${param}`;

/**
 * Every cohort as reports need it: `id`, `course_id`, `name`, `starts_on`, `ends_on`,
 * `time_zone`, `status` (the impact dashboard and follow-ups filter it themselves).
 */
export const cohortFactsSql = `SELECT id, course_id, name, starts_on, ends_on, time_zone, status FROM cohorts`;

/** The cohorts the trainer `param` runs: `cohort_id`. */
export const trainedCohortsSql: SqlFragment = (param) =>
  `SELECT cohort_id FROM cohort_trainers WHERE trainer_id = ${param}`;

/** One row when the cohort `param` has not finished (its pairs may still change), else none. */
export const unfinishedCohortSql: SqlFragment = (param) =>
  `SELECT 1 FROM cohorts WHERE id = ${param}
      AND status NOT IN (${FINISHED_COHORT_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * True when the user `userSql`, of the role `roleSql` (`users.role`), may see the cohort
 * `cohortSql`: admins every cohort, trainers those they run, participants those their pair is
 * enrolled in (as `CohortMembership.scopeOf`), for reads that check it in their own statement.
 */
export const cohortVisibleSql = (cohortSql: string, roleSql: string, userSql: string): string =>
  `CASE ${roleSql}::text
     WHEN 'admin' THEN EXISTS (SELECT 1 FROM cohorts WHERE id = ${cohortSql})
     WHEN 'trainer' THEN EXISTS (SELECT 1 FROM cohort_trainers
                                 WHERE cohort_id = ${cohortSql} AND trainer_id = ${userSql})
     WHEN 'participant' THEN EXISTS (${enrolledPairOfMemberSql(cohortSql, userSql)})
     ELSE FALSE END`;
