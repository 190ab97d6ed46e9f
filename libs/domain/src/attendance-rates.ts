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

/** A phase's rate from its counts: present ÷ days, to three decimals, 0 for a phase without days. */
export function phaseRate(counts: Omit<PhaseRate, 'rate'>): PhaseRate {
  const { days, present } = counts;
  return { ...counts, rate: days ? Math.round((present / days) * 1000) / 1000 : 0 };
}
