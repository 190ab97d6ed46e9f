import type { AssessmentStatus } from '../../../../libs/db/src/entities/assessment-enums';
import type { EligibilityReason } from '../../../../libs/domain/src/eligibility';
import type { Phase } from '../types';

export { ASSESSMENT_STATUSES } from '../../../../libs/db/src/entities/assessment-enums';
export type { AssessmentStatus, EligibilityReason };

/** A trainer's status for one participant and phase. */
export interface Assessment {
  id: string;
  cohortId: string;
  participantId: string;
  phase: Phase;
  status: AssessmentStatus;
  comment: string;
  assessedBy: string | null;
  updatedAt: string;
}

export interface ParticipantEligibility {
  id: string;
  participantId: string;
  pairId: string;
  displayName: string;
  eligible: boolean;
  reasons: EligibilityReason[];
}

export interface AssessmentCriterion {
  id: string;
  phase: Phase;
  position: number;
  labelFr: string;
  labelEn: string;
}
