import { describeReason, IneligibilityReason } from './eligibility-reasons';

describe('describeReason', () => {
  it.each<[IneligibilityReason, string]>([
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
      { code: 'phase_not_acquired', phase: 'strategic_application', status: 'not_acquired' },
      'phase_not_acquired: strategic_application not_acquired',
    ],
  ])('%p reads %p', (reason, text) => {
    expect(describeReason(reason)).toBe(text);
  });
});
