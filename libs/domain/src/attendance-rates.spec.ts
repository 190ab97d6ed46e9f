import { attendanceRates } from './attendance-rates';

describe('attendance rates', () => {
  it('counts present days over the phase days', () => {
    const rates = attendanceRates(
      ['p'],
      [{ id: 's1', phase: 'free_software_culture', dayCount: 3 }],
      [
        { sessionId: 's1', participantId: 'p', dayIndex: 1, status: 'present' },
        { sessionId: 's1', participantId: 'p', dayIndex: 2, status: 'excused' },
      ],
    );
    expect(rates.get('p')?.[0]).toMatchObject({ days: 3, present: 1, excused: 1, rate: 0.333 });
  });
});

describe('attendance rates of a cohort', () => {
  const sessions = [
    { id: 's1', phase: 'free_software_culture' as const, dayCount: 2 },
    { id: 's2', phase: 'civic_tech_testing' as const, dayCount: 3 },
  ];
  // Computed in each test, not at collection: the mutation run activates a mutant per test.
  const rates = () =>
    attendanceRates(['p', 'q'], sessions, [
      { sessionId: 's1', participantId: 'p', dayIndex: 1, status: 'present' as const },
      { sessionId: 's1', participantId: 'p', dayIndex: 2, status: 'absent' as const },
      { sessionId: 's2', participantId: 'p', dayIndex: 1, status: 'present' as const },
      { sessionId: 's2', participantId: 'q', dayIndex: 1, status: 'excused' as const },
    ]);

  // Expected per participant and phase, counted by hand: only one's own records, in their phase.
  it.each([
    ['p', 'free_software_culture', { days: 2, present: 1, absent: 1, excused: 0, rate: 0.5 }],
    ['p', 'civic_tech_testing', { days: 3, present: 1, absent: 0, excused: 0, rate: 0.333 }],
    ['p', 'strategic_application', { days: 0, present: 0, absent: 0, excused: 0, rate: 0 }],
    ['q', 'free_software_culture', { days: 2, present: 0, absent: 0, excused: 0, rate: 0 }],
    ['q', 'civic_tech_testing', { days: 3, present: 0, absent: 0, excused: 1, rate: 0 }],
  ])('gives %s in %s', (participant, phase, expected) => {
    expect(
      rates()
        .get(participant)
        ?.find((r) => r.phase === phase),
    ).toEqual({ phase, ...expected });
  });

  it('lists the three phases in order for everyone', () => {
    expect([...rates().keys()]).toEqual(['p', 'q']);
    expect(
      rates()
        .get('q')
        ?.map((r) => r.phase),
    ).toEqual(['free_software_culture', 'civic_tech_testing', 'strategic_application']);
  });
});
