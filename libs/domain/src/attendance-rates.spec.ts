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
