/** Where the scale database lives, shared by `seed:scale` and the benchmarks. */

/** The password of every account `seed:scale` creates. */
export const SCALE_PASSWORD = 'scale-bench-password';

export const SCALE_ADMIN_EMAIL = 'scale-admin@apprenance.local';

/** A server connection to create and drop databases: DATABASE_URL, else the local Postgres. */
export function adminUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The same server, another database. */
export function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** The scale database's name: SCALE_DATABASE, default `apprenance_scale`. */
export function scaleDatabase(): string {
  return process.env.SCALE_DATABASE ?? 'apprenance_scale';
}

/**
 * `pg_temp.v4(hex)`: a 32-digit hex string as a well-formed version-4 uuid (version and variant
 * digits set), so that ids derived from a seed pass the api's uuid validation.
 */
export const V4_UUID = `CREATE FUNCTION pg_temp.v4(hex text) RETURNS uuid IMMUTABLE LANGUAGE sql
  AS $$ SELECT overlay(overlay(hex PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;`;
