import { PHASES, Phase } from '@apprenance/db';
import { phasesOutOfOrder } from './courses.errors';

export interface PhaseInput {
  phase: Phase;
  objectivesFr?: string;
  objectivesEn?: string;
  hoursBudget?: number;
  daysBudget?: number;
}

/** The three phases of a course, in their fixed order, each with its objectives and budget. */
export interface PhasePlan {
  phase: Phase;
  position: number;
  objectivesFr: string;
  objectivesEn: string;
  hoursBudget: number;
  daysBudget: number;
}

/** Days per phase the formats stand for: short = one half-day, deep = one session of three days. */
export const DAYS_PER_PHASE = { short: 0.5, deep: 3 } as const;

/**
 * Checks that the phases are exactly free_software_culture, civic_tech_testing and
 * strategic_application, in that order, and fills the defaults (a budget of days from the
 * format). Throws a rule violation naming what is wrong.
 */
export function planPhases(inputs: PhaseInput[], format: keyof typeof DAYS_PER_PHASE): PhasePlan[] {
  const given = inputs.map((input) => input.phase);
  if (given.length !== PHASES.length || given.some((phase, i) => phase !== PHASES[i])) {
    throw phasesOutOfOrder(given);
  }
  return inputs.map((input, i) => ({
    phase: input.phase,
    position: i + 1,
    objectivesFr: input.objectivesFr ?? '',
    objectivesEn: input.objectivesEn ?? '',
    hoursBudget: input.hoursBudget ?? 0,
    daysBudget: input.daysBudget ?? DAYS_PER_PHASE[format],
  }));
}
