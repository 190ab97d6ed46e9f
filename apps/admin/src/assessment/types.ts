import type { AssessmentStatus } from '../../../../libs/db/src/entities/assessment-enums';
import type { Phase } from '../types';

export { ASSESSMENT_STATUSES } from '../../../../libs/db/src/entities/assessment-enums';
export type { AssessmentStatus };

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

export type EligibilityReason =
  | { code: 'attendance_below_minimum'; phase: Phase; ratePercent: number; minimumPercent: number }
  | { code: 'prototype_not_accepted'; prototypeStatus: string | null }
  | { code: 'phase_not_acquired'; phase: Phase; status: 'not_yet' | null };

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
