import type { ParticipantRates } from '../types';
import { isBelowRule, percent, rateOf } from './attendanceRates';

describe('attendance rates against the course rule', () => {
  it.each([
    // days, rate, minimum %, below?
    [3, 2 / 3, 80, true],
    [3, 1, 80, false],
    [5, 0.8, 80, false],
    [6, 0.796, 80, false], // 79.6 % shows as 80 %, and is judged as shown
    [6, 0.79, 80, true],
    [0, 0, 80, false], // nothing recorded yet
  ])('%i day(s) at %f against %i %% is below: %s', (days, rate, minimum, below) => {
    expect(isBelowRule({ days, rate }, minimum)).toBe(below);
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
