import { SqlFragment } from '../common/database/sql-fragment';

/** The certificate rules of the course of `courseIdSql` (a subquery giving its id). */
export const courseRulesSql: SqlFragment = (courseIdSql) =>
  `SELECT min_attendance_percent, require_accepted_prototype FROM courses WHERE id = (${courseIdSql})`;

/** Every course as reports name and group it: `id`, `title_fr`, `title_en`, `format`. */
export const courseFactsSql = `SELECT id, title_fr, title_en, format FROM courses`;
