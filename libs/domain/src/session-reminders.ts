import { DateTime } from 'luxon';

/** The local hour, on the day before a session, from which its reminder goes out. */
export const REMINDER_LOCAL_HOUR = 9;

/** When a session's reminder is due: 09:00 on the day before, in the cohort's time zone. */
export function reminderDueAt(startsAt: Date, timeZone: string): Date {
  return DateTime.fromJSDate(startsAt, { zone: timeZone })
    .minus({ days: 1 })
    .set({ hour: REMINDER_LOCAL_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
}

/**
 * Whether a reminder should go out now: from its due time until the session starts, so that
 * a worker down at 09:00 still sends it late rather than never.
 */
export function isReminderDue(startsAt: Date, timeZone: string, now: Date): boolean {
  return now >= reminderDueAt(startsAt, timeZone) && now < startsAt;
}
