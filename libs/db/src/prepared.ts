import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A statement Postgres parses and plans once per connection instead of at every call. */
export interface PreparedStatement {
  /** Unique per statement text: pg prepares it under this name on each pooled connection. */
  name: string;
  text: string;
}

/**
 * Runs a named prepared statement on the data source's pool, outside any transaction. For the
 * worker's hot statements (one per certificate): an unnamed query is parsed and planned at
 * every call, which cost Postgres more than executing them (the certificate facts: 0.58 ms of
 * backend CPU unnamed, 0.08 ms prepared).
 */
export async function runPrepared<R extends QueryResultRow>(
  dataSource: DataSource,
  statement: PreparedStatement,
  values: unknown[],
): Promise<{ rows: R[]; rowCount: number }> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query<R>({ ...statement, values });
  return { rows: result.rows, rowCount: result.rowCount ?? 0 };
}
