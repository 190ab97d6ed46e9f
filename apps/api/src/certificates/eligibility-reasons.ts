/** The reasons the assessment gives for a participant not being eligible. */
export type IneligibilityReason =
  | { code: 'attendance_below_minimum'; phase: string; ratePercent: number; minimumPercent: number }
  | { code: 'prototype_not_accepted'; prototypeStatus: string }
  | { code: 'phase_not_acquired'; phase: string; status: string };

/** One line per reason for the problem's `errors.participantId`, e.g. for a log or a client. */
export function describeReason(reason: IneligibilityReason): string {
  switch (reason.code) {
    case 'attendance_below_minimum':
      return `attendance_below_minimum: ${reason.phase} ${reason.ratePercent}% < ${reason.minimumPercent}%`;
    case 'prototype_not_accepted':
      return `prototype_not_accepted: ${reason.prototypeStatus}`;
    case 'phase_not_acquired':
      return `phase_not_acquired: ${reason.phase} ${reason.status}`;
  }
}
