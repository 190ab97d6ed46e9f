import type { EligibilityReason } from '@apprenance/domain';

/** One line per reason for the problem's `errors.participantId`, readable by people and clients. */
export function describeReason(reason: EligibilityReason): string {
  switch (reason.code) {
    case 'attendance_below_minimum':
      return `attendance_below_minimum: ${reason.phase} ${reason.ratePercent}% < ${reason.minimumPercent}%`;
    case 'prototype_not_accepted':
      return `prototype_not_accepted: ${reason.prototypeStatus ?? 'none'}`;
    case 'phase_not_acquired':
      return `phase_not_acquired: ${reason.phase} ${reason.status ?? 'not_assessed'}`;
  }
}
