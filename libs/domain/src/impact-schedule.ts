import type { ConvictionMoment } from '@apprenance/db';
import { DateTime } from 'luxon';

/** A follow-up not recorded this many days after it fell due is overdue. */
export const FOLLOW_UP_OVERDUE_AFTER_DAYS = 30;

/** The cohort's dates as the schedule needs them: local days, and the zone they are in. */
export interface CohortCalendar {
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
}

const localMidnight = (day: string, timeZone: string) =>
  DateTime.fromISO(day, { zone: timeZone }).startOf('day');

/** When a cohort has ended: the local midnight after its last day; null without an end date. */
export function cohortEndedAt(calendar: CohortCalendar): Date | null {
  if (!calendar.endsOn) return null;
  return localMidnight(calendar.endsOn, calendar.timeZone).plus({ days: 1 }).toJSDate();
}

/**
 * When the follow-up `months` after the end falls due: local midnight of the end date plus that
 * many months, clamped to the month's last day (30 November + 3 months = 28 February), like
 * Postgres's `date + interval` that the due list uses.
 */
export function followUpDueAt(endsOn: string, timeZone: string, months: number): Date {
  return localMidnight(endsOn, timeZone).plus({ months }).toJSDate();
}

/** When an unrecorded follow-up becomes overdue. */
export function followUpOverdueAt(endsOn: string, timeZone: string, months: number): Date {
  return DateTime.fromJSDate(followUpDueAt(endsOn, timeZone, months), { zone: timeZone })
    .plus({ days: FOLLOW_UP_OVERDUE_AFTER_DAYS })
    .toJSDate();
}

/** When a conviction questionnaire can be answered; a null bound is open. */
export interface Window {
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * "Before" is answered from enrolment until the end of the first day of training; "after" from
 * the last day of training until the first follow-up falls due (3 months later). A cohort
 * without an end date has no "after" window yet (null).
 */
export function convictionWindow(
  moment: ConvictionMoment,
  calendar: CohortCalendar,
): Window | null {
  const { startsOn, endsOn, timeZone } = calendar;
  if (moment === 'before') {
    const closesAt = startsOn ? localMidnight(startsOn, timeZone).plus({ days: 1 }) : null;
    return { opensAt: null, closesAt: closesAt?.toJSDate() ?? null };
  }
  if (!endsOn) return null;
  return {
    opensAt: localMidnight(endsOn, timeZone).toJSDate(),
    closesAt: followUpDueAt(endsOn, timeZone, 3),
  };
}

/** Where `now` stands with respect to a window; a window not scheduled yet is not open. */
export function windowState(window: Window | null, now: Date): 'not_open' | 'open' | 'closed' {
  if (!window) return 'not_open';
  if (window.opensAt && now < window.opensAt) return 'not_open';
  if (window.closesAt && now >= window.closesAt) return 'closed';
  return 'open';
}
