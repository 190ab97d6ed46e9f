import type { ParticipantRates, Phase } from '../types';

/** A rate as a whole percentage, as the course rule is written. */
export const percent = (rate: number) => Math.round(rate * 100);

/**
 * Whether a participant's phase attendance is below the course's minimum. A phase with no day
 * recorded yet is not "below": nothing has been missed.
 */
export const isBelowRule = (rate: { days: number; rate: number }, minPercent: number) =>
  rate.days > 0 && percent(rate.rate) < minPercent;

/** Per participant, per phase: the rate the api computed, or none when nothing is recorded. */
export const rateOf = (rates: ParticipantRates[], participantId: string, phase: Phase) =>
  rates.find((r) => r.participantId === participantId)?.phases.find((p) => p.phase === phase);
