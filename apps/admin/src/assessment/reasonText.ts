import type { EligibilityReason } from './types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A reason of non-eligibility, in the reader's language (`locale` formats the rate). */
export function reasonText(
  reason: EligibilityReason,
  translate: Translate,
  locale: string,
): string {
  switch (reason.code) {
    case 'attendance_below_minimum':
      return translate('assessment.reasons.attendance_below_minimum', {
        phase: translate(`apprenance.phases.${reason.phase}`),
        rate: reason.ratePercent.toLocaleString(locale),
        minimum: reason.minimumPercent,
      });
    case 'prototype_not_accepted':
      return reason.prototypeStatus
        ? translate('assessment.reasons.prototype_not_accepted', {
            status: translate(`apprenance.prototype_statuses.${reason.prototypeStatus}`),
          })
        : translate('assessment.reasons.prototype_missing');
    case 'phase_not_acquired':
      return translate(
        reason.status
          ? 'assessment.reasons.phase_not_acquired'
          : 'assessment.reasons.phase_not_assessed',
        { phase: translate(`apprenance.phases.${reason.phase}`) },
      );
  }
}
