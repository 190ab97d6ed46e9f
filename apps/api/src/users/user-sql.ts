import { SqlFragment } from '../common/database/sql-fragment';

/** The display name of the user `idSql` (an expression or a column of the outer query). */
export const displayNameSql: SqlFragment = (idSql) =>
  `SELECT display_name FROM users WHERE id = ${idSql}`;

/**
 * The user `idSql` as a pair's roster shows them, one JSON object: `id`, `displayName`,
 * `email`, `position`, `kind` (the columns of `PairMemberDto`).
 */
export const pairMemberJsonSql: SqlFragment = (idSql) =>
  `SELECT json_build_object('id', id, 'displayName', display_name, 'email', email,
            'position', position, 'kind', kind)
     FROM users WHERE id = ${idSql}`;
