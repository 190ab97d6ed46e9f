import {
  cohortEndedAt,
  convictionWindow,
  followUpDueAt,
  followUpOverdueAt,
  windowState,
} from './impact-schedule';

describe('follow-up schedule', () => {
  it.each([
    // end date, zone, months, due (UTC)
    ['2026-06-15', 'Europe/Paris', 3, '2026-09-14T22:00:00.000Z'],
    // Ended in winter time, due in summer time: the local midnight moves by an hour in UTC.
    ['2026-12-15', 'Europe/Paris', 3, '2027-03-14T23:00:00.000Z'],
    ['2026-12-15', 'Europe/Paris', 6, '2027-06-14T22:00:00.000Z'],
    ['2026-12-15', 'Europe/Paris', 12, '2027-12-14T23:00:00.000Z'],
    // Month end: 30 November + 3 months is the last day of February.
    ['2026-11-30', 'Europe/Paris', 3, '2027-02-27T23:00:00.000Z'],
    ['2027-08-31', 'America/Montreal', 6, '2028-02-29T05:00:00.000Z'],
    ['2026-12-15', 'Pacific/Auckland', 3, '2027-03-14T11:00:00.000Z'],
  ])(
    'a cohort ending on %s in %s is followed up %i months later at %s',
    (endsOn, zone, months, due) => {
      expect(followUpDueAt(endsOn, zone, months).toISOString()).toBe(due);
    },
  );

  it('is overdue 30 days after it falls due, across the change of hour', () => {
    expect(followUpOverdueAt('2026-12-15', 'Europe/Paris', 3).toISOString()).toBe(
      '2027-04-13T22:00:00.000Z',
    );
  });

  it('ends at the local midnight after the last day, and not without an end date', () => {
    const calendar = { startsOn: '2026-10-01', endsOn: '2026-10-24', timeZone: 'Europe/Paris' };
    expect(cohortEndedAt(calendar)?.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(cohortEndedAt({ ...calendar, endsOn: null })).toBeNull();
  });
});

describe('conviction windows', () => {
  const calendar = { startsOn: '2027-03-01', endsOn: '2027-03-20', timeZone: 'Europe/Paris' };
  it.each([
    // moment, now, state
    ['before', '2027-01-10T12:00:00Z', 'open'],
    ['before', '2027-03-01T22:59:59Z', 'open'],
    ['before', '2027-03-01T23:00:00Z', 'closed'],
    ['after', '2027-03-19T22:59:59Z', 'not_open'],
    ['after', '2027-03-19T23:00:00Z', 'open'],
    ['after', '2027-06-19T21:59:59Z', 'open'],
    ['after', '2027-06-19T22:00:00Z', 'closed'],
  ] as const)('%s at %s is %s', (moment, now, state) => {
    expect(windowState(convictionWindow(moment, calendar), new Date(now))).toBe(state);
  });

  it('leaves "before" open without a start date and "after" shut without an end date', () => {
    const undated = { startsOn: null, endsOn: null, timeZone: 'Europe/Paris' };
    const now = new Date('2027-01-01T00:00:00Z');
    expect(windowState(convictionWindow('before', undated), now)).toBe('open');
    expect(convictionWindow('after', undated)).toBeNull();
    expect(windowState(null, now)).toBe('not_open');
  });
});
