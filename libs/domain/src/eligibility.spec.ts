import type { AssessmentStatus } from '@apprenance/db';
import { EligibilityReason, eligibilityReasons, PhaseStanding } from './eligibility';

const phases = (
  days: [number, number, number],
  present: [number, number, number],
  status: (AssessmentStatus | null)[] = ['acquired', 'acquired', 'acquired'],
): PhaseStanding[] =>
  (['free_software_culture', 'civic_tech_testing', 'strategic_application'] as const).map(
    (phase, i) => ({ phase, days: days[i], present: present[i], status: status[i] }),
  );

const rules = { minimumPercent: 80, requireAcceptedPrototype: true };

describe('certificate eligibility', () => {
  // Each case: rules, prototype status, phases → the reasons expected, in order.
  it.each<[string, typeof rules, string | null, PhaseStanding[], EligibilityReason[]]>([
    ['everything met', rules, 'accepted', phases([3, 3, 3], [3, 3, 3]), []],
    [
      'exactly the minimum (4 of 5 days = 80 %)',
      rules,
      'accepted',
      phases([5, 5, 5], [4, 4, 5]),
      [],
    ],
    [
      'one day short in phase 2',
      rules,
      'accepted',
      phases([3, 3, 3], [3, 2, 3]),
      [
        {
          code: 'attendance_below_minimum',
          phase: 'civic_tech_testing',
          ratePercent: 66.7,
          minimumPercent: 80,
        },
      ],
    ],
    [
      'a phase without sessions counts as 0 %',
      rules,
      'accepted',
      phases([1, 1, 0], [1, 1, 0]),
      [
        {
          code: 'attendance_below_minimum',
          phase: 'strategic_application',
          ratePercent: 0,
          minimumPercent: 80,
        },
      ],
    ],
    [
      'a phase without sessions passes a minimum of 0 %',
      { minimumPercent: 0, requireAcceptedPrototype: true },
      'accepted',
      phases([1, 1, 0], [0, 0, 0]),
      [],
    ],
    [
      'prototype presented, not accepted',
      rules,
      'presented',
      phases([1, 1, 1], [1, 1, 1]),
      [{ code: 'prototype_not_accepted', prototypeStatus: 'presented' }],
    ],
    [
      'no prototype at all',
      rules,
      null,
      phases([1, 1, 1], [1, 1, 1]),
      [{ code: 'prototype_not_accepted', prototypeStatus: null }],
    ],
    [
      'prototype not required by the course',
      { minimumPercent: 80, requireAcceptedPrototype: false },
      'draft',
      phases([1, 1, 1], [1, 1, 1]),
      [],
    ],
    [
      'a phase not yet acquired and one not assessed',
      rules,
      'accepted',
      phases([1, 1, 1], [1, 1, 1], ['acquired', 'not_yet', null]),
      [
        { code: 'phase_not_acquired', phase: 'civic_tech_testing', status: 'not_yet' },
        { code: 'phase_not_acquired', phase: 'strategic_application', status: null },
      ],
    ],
    [
      'every reason at once, attendance first, then prototype, then assessment',
      rules,
      'changes_requested',
      phases([2, 1, 1], [1, 1, 1], ['not_yet', 'acquired', 'acquired']),
      [
        {
          code: 'attendance_below_minimum',
          phase: 'free_software_culture',
          ratePercent: 50,
          minimumPercent: 80,
        },
        { code: 'prototype_not_accepted', prototypeStatus: 'changes_requested' },
        { code: 'phase_not_acquired', phase: 'free_software_culture', status: 'not_yet' },
      ],
    ],
  ])('%s', (_case, courseRules, prototypeStatus, standing, expected) => {
    expect(eligibilityReasons(courseRules, { prototypeStatus, phases: standing })).toEqual(
      expected,
    );
  });
});
