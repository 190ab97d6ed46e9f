import type { EligibilityReason } from '@apprenance/domain';
import { describeReason } from './eligibility-reasons';

describe('describeReason', () => {
  it.each<[EligibilityReason, string]>([
    [
      {
        code: 'attendance_below_minimum',
        phase: 'civic_tech_testing',
        ratePercent: 50,
        minimumPercent: 80,
      },
      'attendance_below_minimum: civic_tech_testing 50% < 80%',
    ],
    [
      { code: 'prototype_not_accepted', prototypeStatus: 'submitted' },
      'prototype_not_accepted: submitted',
    ],
    [
      { code: 'phase_not_acquired', phase: 'strategic_application', status: 'not_yet' },
      'phase_not_acquired: strategic_application not_yet',
    ],
    [{ code: 'prototype_not_accepted', prototypeStatus: null }, 'prototype_not_accepted: none'],
    [
      { code: 'phase_not_acquired', phase: 'civic_tech_testing', status: null },
      'phase_not_acquired: civic_tech_testing not_assessed',
    ],
  ])('%p reads %p', (reason, text) => {
    expect(describeReason(reason)).toBe(text);
  });
});
