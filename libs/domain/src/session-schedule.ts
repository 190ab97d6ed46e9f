import type { CourseFormat, Phase } from '@apprenance/db';
import { PHASES } from '@apprenance/db';
import { DateTime, IANAZone } from 'luxon';

/** A session as stored: the first day's instants (UTC) and how many days it spans. */
export interface ScheduledSession {
  phase: Phase;
  startsAt: Date;
  endsAt: Date;
  dayCount: number;
}

export interface SessionDay {
  dayIndex: number;
  startsAt: Date;
  endsAt: Date;
}

/** Local wall-clock view of a session in the cohort's zone. */
export interface LocalSchedule {
  date: string;
  startTime: string;
  endTime: string;
}

/**
 * Defaults when a cohort gets its start date. `short`: three half-days (09:00–12:30) on
 * consecutive weekdays. `deep`: three sessions of three consecutive weekdays (09:00–17:00),
 * starting two weeks apart on the same weekday; a deep cohort starts on Monday–Wednesday so
 * that each session fits in one working week (a later start moves to the next Monday).
 */
export const FORMAT_DEFAULTS = {
  short: { dayCount: 1, startTime: '09:00', endTime: '12:30' },
  deep: { dayCount: 3, startTime: '09:00', endTime: '17:00', weeksApart: 2 },
} as const;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function generateSessions(
  format: CourseFormat,
  startsOn: string,
  zone: string,
): ScheduledSession[] {
  const first = DateTime.fromISO(startsOn, { zone });
  const defaults = FORMAT_DEFAULTS[format];
  const dates =
    format === 'short'
      ? weekdaysFrom(first, 3)
      : [0, 1, 2].map((i) => deepStart(first).plus({ weeks: i * FORMAT_DEFAULTS.deep.weeksApart }));
  return PHASES.map((phase, i) => ({
    phase,
    dayCount: defaults.dayCount,
    ...instants(dates[i].toISODate() as string, defaults.startTime, defaults.endTime, zone),
  }));
}

/** Every day of a session: the same local hours on consecutive days, DST-aware. */
export function sessionDays(session: ScheduledSession, zone: string): SessionDay[] {
  const local = localSchedule(session, zone);
  const first = DateTime.fromISO(local.date, { zone });
  return Array.from({ length: session.dayCount }, (_, i) => ({
    dayIndex: i + 1,
    ...instants(
      first.plus({ days: i }).toISODate() as string,
      local.startTime,
      local.endTime,
      zone,
    ),
  }));
}

export function localSchedule(
  session: { startsAt: Date; endsAt: Date },
  zone: string,
): LocalSchedule {
  const start = DateTime.fromJSDate(session.startsAt, { zone });
  const end = DateTime.fromJSDate(session.endsAt, { zone });
  return {
    date: start.toISODate() as string,
    startTime: start.toFormat('HH:mm'),
    endTime: end.toFormat('HH:mm'),
  };
}

/** The local date of a session's last day. */
export function lastDay(session: ScheduledSession, zone: string): string {
  const start = DateTime.fromJSDate(session.startsAt, { zone });
  return start.plus({ days: session.dayCount - 1 }).toISODate() as string;
}

/** Instants of a local date and wall-clock times; null-safe callers validate formats first. */
export function instants(
  date: string,
  startTime: string,
  endTime: string,
  zone: string,
): { startsAt: Date; endsAt: Date } {
  const at = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toJSDate();
  return { startsAt: at(startTime), endsAt: at(endTime) };
}

function weekdaysFrom(start: DateTime, count: number): DateTime[] {
  const days: DateTime[] = [];
  for (let day = start; days.length < count; day = day.plus({ days: 1 })) {
    if (day.weekday <= 5) days.push(day);
  }
  return days;
}

function deepStart(start: DateTime): DateTime {
  return start.weekday <= 3 ? start : start.plus({ days: 8 - start.weekday });
}
