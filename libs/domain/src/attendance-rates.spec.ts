import { phaseRate } from './attendance-rates';

describe('a phase’s attendance rate', () => {
  // Present days over the phase's days, to three decimals; excused days do not count as attended.
  it.each([
    [{ days: 3, present: 1, absent: 1, excused: 1 }, 0.333],
    [{ days: 3, present: 2, absent: 1, excused: 0 }, 0.667],
    [{ days: 2, present: 2, absent: 0, excused: 0 }, 1],
    [{ days: 2, present: 0, absent: 0, excused: 2 }, 0],
    [{ days: 0, present: 0, absent: 0, excused: 0 }, 0],
  ])('%o gives %d', (counts, rate) => {
    expect(phaseRate({ phase: 'civic_tech_testing', ...counts })).toEqual({
      phase: 'civic_tech_testing',
      ...counts,
      rate,
    });
  });
});
