import { queryPrepared } from '@apprenance/db';
import type { EntityManager } from 'typeorm';

/**
 * `rowsSql` run only when `conditionSql` holds, in one statement: no row when it does not, a
 * single row of nulls when it holds and `rowsSql` finds nothing, else the rows of `rowsSql` in
 * its own order (the join is a nested loop over at most one outer row, and a subquery with an
 * ORDER BY keeps its sort). For reads that check access in the statement that reads.
 */
export const rowsWhenSql = (conditionSql: string, rowsSql: string): string =>
  `SELECT r.* FROM (SELECT WHERE ${conditionSql}) AS v LEFT JOIN LATERAL (${rowsSql}) AS r ON TRUE`;

/**
 * The rows of a `rowsWhenSql` statement: null when its condition did not hold. `key` is a
 * column that is never null in a real row.
 */
function rowsWhen<T>(rows: T[], key: keyof T): T[] | null {
  if (!rows.length) return null;
  return rows.length === 1 && rows[0][key] === null ? [] : rows;
}

/** Runs the `rowsWhenSql` statement `sql` as a prepared statement; its rows as `rowsWhen`. */
export async function queryRowsWhen<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  key: keyof T,
): Promise<T[] | null> {
  return rowsWhen<T>(await queryPrepared(manager, sql, params), key);
}
