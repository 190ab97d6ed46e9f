import { FINISHED_COHORT_STATUSES } from '@apprenance/db';
import { SqlFragment } from '../common/database/sql-fragment';

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
