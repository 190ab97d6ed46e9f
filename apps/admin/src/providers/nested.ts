/**
 * Lists the api nests under a cohort and returns whole (unpaged) arrays:
 * `cohort-pairs` with `filter: { cohortId }` is `GET /cohorts/:cohortId/pairs`.
 */
const NESTED: Record<string, string> = {
  'cohort-pairs': 'pairs',
  'cohort-sessions': 'sessions',
  'cohort-attendance': 'attendance',
  'cohort-attendance-rates': 'attendance-rates',
  'cohort-assessments': 'assessments',
  'cohort-eligibility': 'eligibility',
};

export const isNested = (resource: string) => resource in NESTED;

export function nestedPath(resource: string, filter: Record<string, unknown> = {}): string {
  const { cohortId } = filter;
  if (typeof cohortId !== 'string' || !cohortId) {
    throw new Error(`${resource} needs a cohortId filter`);
  }
  return `/cohorts/${encodeURIComponent(cohortId)}/${NESTED[resource]}`;
}

type Row = Record<string, unknown>;

/**
 * react-admin needs an id on every record; attendance rows are keyed by session, person and day,
 * attendance rates and eligibility by person.
 */
export function withIds(rows: Row[]): Row[] {
  return rows.map((row) => {
    if ('id' in row) return row;
    if (!('sessionId' in row)) return { ...row, id: row.participantId };
    return { ...row, id: `${row.sessionId}:${row.participantId}:${row.dayIndex}` };
  });
}
