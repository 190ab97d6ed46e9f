import { SqlFragment } from '../common/database/sql-fragment';

/** Every territory's name, for reports that name pairs by territory: `id`, `name`. */
export const territoryNamesSql = `SELECT id, name FROM territories`;

/** The name of the territory `idSql` (an expression or a column of the outer query). */
export const territoryNameSql: SqlFragment = (idSql) =>
  `SELECT name FROM territories WHERE id = ${idSql}`;
