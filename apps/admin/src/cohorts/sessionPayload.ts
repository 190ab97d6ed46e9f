import { changedFields } from '../providers/diff';
import type { SessionChanges } from '../providers/cohortApi';
import type { Session } from '../types';

const EDITABLE = ['date', 'startTime', 'endTime', 'venue', 'onlineUrl'] as const;

/**
 * The changed fields of a session form, as the api takes them: local date and `HH:mm` hours
 * in the cohort's zone (never converted), and an emptied place or link as `null` (cleared).
 */
export function sessionChanges(values: Record<string, unknown>, session: Session): SessionChanges {
  const fields = Object.fromEntries(
    EDITABLE.map((key) => [key, values[key] === '' ? null : values[key]]),
  );
  return changedFields(fields, session as unknown as Record<string, unknown>) as SessionChanges;
}
