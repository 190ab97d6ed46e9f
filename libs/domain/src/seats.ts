import type { CohortStatus, PairStatus } from '@apprenance/db';

/** A pair always takes two seats: its political and its technical member. */
export const SEATS_PER_PAIR = 2;

/** A cohort may start only with this many enrolled participants. */
export const MIN_PARTICIPANTS_TO_START = 5;

/** Where a pair lands when it is enrolled (or accepted) now. */
export function placeFor(
  enrolledSeats: number,
  capacity: number,
): Extract<PairStatus, 'enrolled' | 'waitlisted'> {
  return enrolledSeats + SEATS_PER_PAIR <= capacity ? 'enrolled' : 'waitlisted';
}

/**
 * The waitlisted pairs to promote, in waitlist order, given the seats now free: the first
 * pairs that fit, first come first served.
 */
export function pairsToPromote<T extends { waitlistRank: number | null }>(
  waitlist: T[],
  freeSeats: number,
): T[] {
  const ordered = [...waitlist].sort((a, b) => (a.waitlistRank ?? 0) - (b.waitlistRank ?? 0));
  return ordered.slice(0, Math.max(0, Math.floor(freeSeats / SEATS_PER_PAIR)));
}

const TRANSITIONS: Record<CohortStatus, CohortStatus[]> = {
  draft: ['open', 'cancelled'],
  open: ['running', 'cancelled'],
  running: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export interface StartReadiness {
  enrolledParticipants: number;
  scheduledSessions: number;
}

/** Why a cohort's status may not change. */
export type TransitionProblem =
  | { kind: 'not_allowed'; from: CohortStatus; to: CohortStatus }
  | { kind: 'too_few_participants'; minimum: number; enrolled: number }
  | { kind: 'sessions_unscheduled' };

/** Why a status change is refused, or null when it is allowed. */
export function transitionProblem(
  from: CohortStatus,
  to: CohortStatus,
  readiness: StartReadiness,
): TransitionProblem | null {
  if (!TRANSITIONS[from].includes(to)) return { kind: 'not_allowed', from, to };
  if (to !== 'running') return null;
  if (readiness.enrolledParticipants < MIN_PARTICIPANTS_TO_START) {
    return {
      kind: 'too_few_participants',
      minimum: MIN_PARTICIPANTS_TO_START,
      enrolled: readiness.enrolledParticipants,
    };
  }
  if (readiness.scheduledSessions < 3) return { kind: 'sessions_unscheduled' };
  return null;
}
