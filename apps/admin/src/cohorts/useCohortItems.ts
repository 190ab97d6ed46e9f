import { type RaRecord, useGetList, useRecordContext } from 'react-admin';
import type { Cohort } from '../types';

// Stable, so that effects depending on a list that has not loaded yet do not run on every render.
const NONE: never[] = [];

export type CohortItems =
  | 'cohort-pairs'
  | 'cohort-sessions'
  | 'cohort-attendance'
  | 'cohort-attendance-rates'
  | 'cohort-assessments'
  | 'cohort-eligibility';

/**
 * A list nested under a cohort (pairs, sessions, attendance), whole: the cohort given, or the
 * one of the page.
 */
export function useCohortItems<T extends RaRecord>(resource: CohortItems, of?: Cohort) {
  const recordCohort = useRecordContext<Cohort>();
  const cohort = of ?? recordCohort;
  const { data, isPending, error } = useGetList<T>(
    resource,
    { filter: { cohortId: cohort?.id } },
    { enabled: !!cohort },
  );
  return { cohort, data: data ?? (NONE as T[]), isPending, error };
}
