import { DataSource } from 'typeorm';

/**
 * Every table's row count and a checksum of its rows: equal states before and after a
 * refused request show that it wrote nothing, whichever tables its route touches.
 */
export async function databaseState(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS state FROM "${name}" t`,
  );
  const rows: { name: string; state: string }[] = await dataSource.query(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}
