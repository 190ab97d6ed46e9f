import type { AssessmentStatus, Phase } from '@apprenance/db';
import { attendanceRate } from './attendance-rates';

/** Why a participant is not (yet) eligible for the course's certificate. */
export type EligibilityReason =
  | { code: 'attendance_below_minimum'; phase: Phase; ratePercent: number; minimumPercent: number }
  | { code: 'prototype_not_accepted'; prototypeStatus: string | null }
  | { code: 'phase_not_acquired'; phase: Phase; status: 'not_yet' | null };

/** The course's certificate rules. */
export interface EligibilityRules {
  minimumPercent: number;
  requireAcceptedPrototype: boolean;
}

/** One phase as it stands for a participant: days held, days present, the trainer's status. */
export interface PhaseStanding {
  phase: Phase;
  days: number;
  present: number;
  status: AssessmentStatus | null;
}

export interface ParticipantStanding {
  /** The status of the pair's prototype; null when the pair has none. */
  prototypeStatus: string | null;
  /** The three phases, in course order. */
  phases: PhaseStanding[];
}

/**
 * Every reason the participant is not eligible, in a fixed order (attendance per phase, the
 * prototype, the trainer's assessment per phase); eligible when there is none.
 *
 * Attendance uses the rate of `attendanceRate` (present days ÷ days of the phase's sessions,
 * excused days not attended). A phase without sessions has a rate of 0 %, so it fails any
 * minimum above 0: a certificate states that every phase was attended, and nothing was.
 * The comparison is exact (present × 100 ≥ minimum × days), not on the rounded rate.
 */
export function eligibilityReasons(
  rules: EligibilityRules,
  standing: ParticipantStanding,
): EligibilityReason[] {
  const attendance = standing.phases
    .filter(({ present, days }) => !attendsEnough(present, days, rules.minimumPercent))
    .map(({ phase, present, days }): EligibilityReason => ({
      code: 'attendance_below_minimum',
      phase,
      ratePercent: Math.round(attendanceRate(present, days) * 1000) / 10,
      minimumPercent: rules.minimumPercent,
    }));
  const prototype: EligibilityReason[] =
    rules.requireAcceptedPrototype && standing.prototypeStatus !== 'accepted'
      ? [{ code: 'prototype_not_accepted', prototypeStatus: standing.prototypeStatus }]
      : [];
  const acquired = standing.phases
    .filter(({ status }) => status !== 'acquired')
    .map(({ phase, status }): EligibilityReason => ({
      code: 'phase_not_acquired',
      phase,
      status: status as 'not_yet' | null,
    }));
  return [...attendance, ...prototype, ...acquired];
}

/** Exact: present ÷ days ≥ minimum %, without rounding; a phase of no day has attended 0 %. */
function attendsEnough(present: number, days: number, minimumPercent: number): boolean {
  return days === 0 ? minimumPercent === 0 : present * 100 >= minimumPercent * days;
}
