import type { ImportReport } from '../providers/cohortApi';

/** `line 3: political_email — must be an email address`, one per problem, in the api's order. */
export function errorLines(errors: ImportReport['errors'] = {}): string[] {
  return Object.entries(errors).map(
    ([field, messages]) => `${field} — ${[messages].flat().join(' ')}`,
  );
}

/**
 * The problems of a refused import (422 with "line N: field" errors, or the whole `file`), read
 * from the HttpError's body (duck-typed: react-admin does not load in the unit tests).
 */
export function refusedLines(error: unknown): string[] {
  const errors = (error as { body?: { errors?: ImportReport['errors'] } } | null)?.body?.errors;
  if (errors && Object.keys(errors).length > 0) return errorLines(errors);
  return [error instanceof Error ? error.message : String(error)];
}

/** Only a checked file without a problem, and with at least one pair, may be imported. */
export const canImport = (report: ImportReport | null) =>
  !!report && report.pairs > 0 && Object.keys(report.errors).length === 0;
