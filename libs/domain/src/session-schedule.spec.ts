import {
  generateSessions,
  isValidZone,
  lastDay,
  localSchedule,
  sessionDays,
} from './session-schedule';

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

describe('session days', () => {
  // A deep session over the autumn DST change (Sunday 25 October 2026 in Paris).
  const session = {
    phase: 'civic_tech_testing' as const,
    dayCount: 3,
    startsAt: new Date('2026-10-24T07:00:00.000Z'),
    endsAt: new Date('2026-10-24T15:00:00.000Z'),
  };

  it('keeps the same local hours on every day, DST included', () => {
    expect(
      sessionDays(session, 'Europe/Paris').map((d) => [
        d.dayIndex,
        d.startsAt.toISOString(),
        d.endsAt.toISOString(),
      ]),
    ).toEqual([
      [1, '2026-10-24T07:00:00.000Z', '2026-10-24T15:00:00.000Z'],
      [2, '2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z'],
      [3, '2026-10-26T08:00:00.000Z', '2026-10-26T16:00:00.000Z'],
    ]);
  });

  it('reads a session in its zone', () => {
    expect(localSchedule(session, 'Europe/Paris')).toEqual({
      date: '2026-10-24',
      startTime: '09:00',
      endTime: '17:00',
    });
    expect(localSchedule(session, 'America/New_York')).toEqual({
      date: '2026-10-24',
      startTime: '03:00',
      endTime: '11:00',
    });
    expect(lastDay(session, 'Europe/Paris')).toBe('2026-10-26');
    expect(lastDay({ ...session, dayCount: 1 }, 'Europe/Paris')).toBe('2026-10-24');
  });

  it('knows IANA zones', () => {
    expect(isValidZone('Europe/Paris')).toBe(true);
    expect(isValidZone('Europe/Atlantis')).toBe(false);
  });

  it('gives a short session its default half-day', () => {
    const [first] = generateSessions('short', '2026-06-01', 'UTC');
    expect(first).toEqual({
      phase: 'free_software_culture',
      dayCount: 1,
      startsAt: new Date('2026-06-01T09:00:00.000Z'),
      endsAt: new Date('2026-06-01T12:30:00.000Z'),
    });
  });
  // Expected first day of a deep cohort by the weekday it is asked to start on.
  it.each([
    ['2027-01-04', '2027-01-04'], // Monday: kept
    ['2027-01-06', '2027-01-06'], // Wednesday: kept, the three days fit the week
    ['2027-01-07', '2027-01-11'], // Thursday: next Monday
  ])('starts a deep cohort asked for %s on %s', (asked, first) => {
    const [session] = generateSessions('deep', asked, 'Europe/Paris');
    expect(lastDay({ ...session, dayCount: 1 }, 'Europe/Paris')).toBe(first);
  });

  it('reads the last day in the cohort zone, not the server one', () => {
    // 23:30 UTC on the 24th is already the 25th in Paris.
    const late = { ...session, dayCount: 2, startsAt: new Date('2026-10-24T23:30:00.000Z') };
    expect(lastDay(late, 'Europe/Paris')).toBe('2026-10-26');
  });
});
