import { SqlFragment } from '../common/database/sql-fragment';

/** The status of each pair's prototype in the cohort `param`: `pair_id`, `status`. */
export const prototypeStatusesSql: SqlFragment = (param) =>
  `SELECT pair_id, status::text AS status FROM prototypes WHERE cohort_id = ${param}`;
