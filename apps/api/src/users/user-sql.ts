import { SqlFragment } from '../common/database/sql-fragment';

/** The display name of the user `idSql` (an expression or a column of the outer query). */
export const displayNameSql: SqlFragment = (idSql) =>
  `SELECT display_name FROM users WHERE id = ${idSql}`;
