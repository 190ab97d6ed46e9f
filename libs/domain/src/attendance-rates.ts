import type { Phase } from '@apprenance/db';

export interface PhaseRate {
  phase: Phase;
  days: number;
  present: number;
  absent: number;
  excused: number;
  /** present ÷ days of the phase, 0–1; excused days are not counted as attended. */
  rate: number;
}

/**
 * present ÷ days, rounded to 0.1 %; 0 for a phase without any day: nothing was attended, so
 * nothing can be certified as attended.
 */
export function attendanceRate(present: number, days: number): number {
  return days ? Math.round((present / days) * 1000) / 1000 : 0;
}

/** A phase's rate from its counts (the api counts them in one SQL aggregate). */
export function phaseRate(counts: Omit<PhaseRate, 'rate'>): PhaseRate {
  return { ...counts, rate: attendanceRate(counts.present, counts.days) };
}
