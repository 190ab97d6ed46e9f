import type { ParticipantRates, Phase, PhaseRate } from '../types';

/** A rate as a whole percentage, as the course rule is written. */
export const percent = (rate: number) => Math.round(rate * 100);

/** Whether anything is recorded yet for the phase: before that, a rate says nothing. */
export const hasRecords = (rate: Pick<PhaseRate, 'present' | 'absent' | 'excused'>) =>
  rate.present + rate.absent + rate.excused > 0;

/**
 * Whether a participant can no longer meet the course's minimum for a phase: even present on
 * every day not yet recorded, the days missed (absent or excused, which do not count as
 * attended) keep them below it. Before the phase, nobody is below.
 */
export const isBelowRule = (
  rate: Pick<PhaseRate, 'days' | 'absent' | 'excused'>,
  minPercent: number,
) => rate.days > 0 && percent((rate.days - rate.absent - rate.excused) / rate.days) < minPercent;

/** Per participant, per phase: the rate the api computed, or none when nothing is recorded. */
export const rateOf = (rates: ParticipantRates[], participantId: string, phase: Phase) =>
  rates.find((r) => r.participantId === participantId)?.phases.find((p) => p.phase === phase);
