import type { ParticipantRates } from '../types';
import { hasRecords, isBelowRule, percent, rateOf } from './attendanceRates';

describe('attendance rates against the course rule', () => {
  it.each([
    // days, absent, excused, minimum %, below?
    [3, 0, 0, 80, false], // nothing missed yet
    [3, 1, 0, 80, true], // 2 of 3 days at best: 67 %
    [3, 0, 1, 80, true], // excused days are not attended
    [5, 1, 0, 80, false], // 4 of 5: exactly 80 %
    [10, 2, 1, 80, true],
    [3, 1, 0, 60, false],
    [0, 0, 0, 80, false], // no session in the phase
  ])(
    '%i days, %i absent, %i excused, against %i %%: below is %s',
    (days, absent, excused, min, below) => {
      expect(isBelowRule({ days, absent, excused }, min)).toBe(below);
    },
  );

  it('says nothing before anything is recorded', () => {
    expect(hasRecords({ present: 0, absent: 0, excused: 0 })).toBe(false);
    expect(hasRecords({ present: 0, absent: 0, excused: 1 })).toBe(true);
  });

  it('shows rates as whole percentages', () => {
    expect(percent(2 / 3)).toBe(67);
    expect(percent(1)).toBe(100);
  });

  it('finds one participant’s rate for one phase', () => {
    const rates = [
      {
        participantId: 'p',
        displayName: 'Ana',
        phases: [
          { phase: 'civic_tech_testing', days: 3, present: 1, absent: 2, excused: 0, rate: 1 / 3 },
        ],
      },
    ] as ParticipantRates[];
    expect(rateOf(rates, 'p', 'civic_tech_testing')?.present).toBe(1);
    expect(rateOf(rates, 'p', 'free_software_culture')).toBeUndefined();
    expect(rateOf(rates, 'q', 'civic_tech_testing')).toBeUndefined();
  });
});
