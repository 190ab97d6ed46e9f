import { type RaRecord, useGetList, useRecordContext } from 'react-admin';
import type { Cohort } from '../types';

// Stable, so that effects depending on a list that has not loaded yet do not run on every render.
const NONE: never[] = [];

export type CohortItems =
  'cohort-pairs' | 'cohort-sessions' | 'cohort-attendance' | 'cohort-attendance-rates';

/** A list nested under the cohort of the page (pairs, sessions, attendance), whole. */
export function useCohortItems<T extends RaRecord>(resource: CohortItems) {
  const cohort = useRecordContext<Cohort>();
  const { data, isPending, error } = useGetList<T>(
    resource,
    { filter: { cohortId: cohort?.id } },
    { enabled: !!cohort },
  );
  return { cohort, data: data ?? (NONE as T[]), isPending, error };
}
