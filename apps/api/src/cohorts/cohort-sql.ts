import { SqlFragment } from '../common/database/sql-fragment';

/** The course of the cohort `param`: one row, `course_id`. */
export const cohortCourseSql: SqlFragment = (param) =>
  `SELECT course_id FROM cohorts WHERE id = ${param}`;
