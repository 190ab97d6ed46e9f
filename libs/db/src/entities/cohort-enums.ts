/** draft → open → running → completed, or cancelled from any state before completion. */
export const COHORT_STATUSES = ['draft', 'open', 'running', 'completed', 'cancelled'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/** A cohort whose status is one of these no longer holds its members. */
export const FINISHED_COHORT_STATUSES: readonly CohortStatus[] = ['completed', 'cancelled'];

/** applied → enrolled | waitlisted | declined; enrolled | waitlisted → withdrawn. */
export const PAIR_STATUSES = [
  'applied',
  'enrolled',
  'waitlisted',
  'withdrawn',
  'declined',
] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/** Statuses in which a pair still holds (or waits for) a place. */
export const ACTIVE_PAIR_STATUSES: readonly PairStatus[] = ['applied', 'enrolled', 'waitlisted'];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
