import { Injectable } from '@nestjs/common';
import { EligibilityReason, eligibilityReasons } from '@apprenance/domain';
import { EntityManager } from 'typeorm';
import { EligibilityRepository, StandingRow } from './eligibility.repository';

export type { EligibilityReason } from '@apprenance/domain';

/** Whether a participant meets the course's certificate rules, and why not when not. */
export interface ParticipantEligibility {
  participantId: string;
  pairId: string;
  displayName: string;
  eligible: boolean;
  reasons: EligibilityReason[];
}

/**
 * Certificate eligibility, computed in one place for every feature that needs it (the
 * assessment grid, certificates): attendance of every phase ≥ the course's minimum, the pair's
 * prototype accepted when the course requires it, every phase acquired. The rules themselves
 * are `eligibilityReasons` in libs/domain; this reads their inputs in one SQL statement.
 * No access check: callers decide who may see it. Pass `manager` to read inside a transaction.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly repository: EligibilityRepository) {}

  /** Every enrolled participant of the cohort (enrolled pairs only), one SQL round trip. */
  async forCohort(cohortId: string, manager?: EntityManager): Promise<ParticipantEligibility[]> {
    return (await this.repository.standings(cohortId, null, manager)).map(toEligibility);
  }

  /** The participant's eligibility in the cohort; null when they are not enrolled in it. */
  async forParticipant(
    cohortId: string,
    participantId: string,
    manager?: EntityManager,
  ): Promise<ParticipantEligibility | null> {
    const [row] = await this.repository.standings(cohortId, participantId, manager);
    return row ? toEligibility(row) : null;
  }
}

function toEligibility(row: StandingRow): ParticipantEligibility {
  const reasons = eligibilityReasons(
    { minimumPercent: row.minimumPercent, requireAcceptedPrototype: row.requireAcceptedPrototype },
    { prototypeStatus: row.prototypeStatus, phases: row.phases },
  );
  const { participantId, pairId, displayName } = row;
  return { participantId, pairId, displayName, eligible: reasons.length === 0, reasons };
}
