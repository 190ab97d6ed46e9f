import { SqlFragment } from '../common/database/sql-fragment';

/** The certificate rules of the course of `courseIdSql` (a subquery giving its id). */
export const courseRulesSql: SqlFragment = (courseIdSql) =>
  `SELECT min_attendance_percent, require_accepted_prototype FROM courses WHERE id = (${courseIdSql})`;
