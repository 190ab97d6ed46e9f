import { generateSessions } from './session-schedule';

describe('session generation', () => {
  it('keeps local hours across the spring DST change (short)', () => {
    const sessions = generateSessions('short', '2026-03-27', 'Europe/Paris');
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
  });
  it('moves a deep cohort starting on a Thursday to Monday, sessions two weeks apart', () => {
    const sessions = generateSessions('deep', '2027-01-07', 'Europe/Paris');
    expect(sessions.map((s) => [s.startsAt.toISOString(), s.dayCount])).toEqual([
      ['2027-01-11T08:00:00.000Z', 3],
      ['2027-01-25T08:00:00.000Z', 3],
      ['2027-02-08T08:00:00.000Z', 3],
    ]);
  });
});
