import { isReminderDue, reminderDueAt } from './session-reminders';

describe('session reminders', () => {
  it.each([
    // session start (UTC), cohort time zone, reminder due (UTC)
    ['2027-03-16T08:00:00Z', 'Europe/Paris', '2027-03-15T08:00:00.000Z'],
    ['2027-03-16T00:30:00Z', 'Europe/Paris', '2027-03-15T08:00:00.000Z'],
    ['2027-03-16T14:00:00Z', 'America/Montreal', '2027-03-15T13:00:00.000Z'],
    // The day before the switch to summer time is still winter time in Paris.
    ['2027-03-29T07:00:00Z', 'Europe/Paris', '2027-03-28T07:00:00.000Z'],
    // 14:00 on the 16th in Auckland (UTC+13): 09:00 on the 15th there.
    ['2027-03-16T01:00:00Z', 'Pacific/Auckland', '2027-03-14T20:00:00.000Z'],
  ])('a session at %s in %s is reminded at %s', (startsAt, zone, due) => {
    expect(reminderDueAt(new Date(startsAt), zone).toISOString()).toBe(due);
  });

  it.each([
    ['2027-03-15T07:59:59Z', false],
    ['2027-03-15T08:00:00Z', true],
    ['2027-03-16T07:59:59Z', true],
    ['2027-03-16T08:00:00Z', false],
  ])('at %s a session of 09:00 Paris on the 16th is due: %p', (now, due) => {
    expect(isReminderDue(new Date('2027-03-16T08:00:00Z'), 'Europe/Paris', new Date(now))).toBe(
      due,
    );
  });
});
