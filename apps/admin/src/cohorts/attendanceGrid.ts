import type { Attendance, AttendanceStatus, Pair, PairMember, Session } from '../types';

export interface SessionDay {
  sessionId: string;
  session: Session;
  dayIndex: number;
  /** The day's local date in the session's time zone (`2027-03-16`). */
  date: string;
}

/** Status per `participantId:sessionId:dayIndex`; a missing key is "not recorded". */
export type Cells = Record<string, AttendanceStatus>;

export const cellKey = (participantId: string, sessionId: string, dayIndex: number) =>
  `${participantId}:${sessionId}:${dayIndex}`;

const sessionIdOf = (key: string) => key.split(':')[1];

/** An instant's calendar date in a time zone; `en-CA` formats dates as ISO `YYYY-MM-DD`. */
export const localDateOf = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(instant));

/**
 * One column per day of every session, in the sessions' order. Each day carries its own date:
 * the days of a deep session are consecutive, not the session's first date three times.
 */
export const sessionDays = (sessions: Session[]): SessionDay[] =>
  sessions.flatMap((session) =>
    Array.from({ length: session.dayCount }, (_, day) => {
      const instant = session.days?.find((d) => d.dayIndex === day + 1)?.startsAt;
      return {
        sessionId: session.id,
        session,
        dayIndex: day + 1,
        date: instant ? localDateOf(instant, session.timeZone) : session.date,
      };
    }),
  );

/** The members of the enrolled pairs: attendance concerns them only. */
export const enrolledMembers = (pairs: Pair[]): PairMember[] =>
  pairs
    .filter((pair) => pair.status === 'enrolled')
    .flatMap((pair) => [pair.political, pair.technical]);

export const cellsOf = (attendance: Attendance[]): Cells =>
  Object.fromEntries(
    attendance.map((row) => [cellKey(row.participantId, row.sessionId, row.dayIndex), row.status]),
  );

/** The sessions with a cell that differs from what the api holds: what "save all" sends. */
export function changedSessionIds(saved: Cells, edited: Cells): string[] {
  const changed = Object.keys(edited).filter((key) => edited[key] !== saved[key]);
  return [...new Set(changed.map(sessionIdOf))];
}

/** The bulk body of one session: every cell of it that has a status. */
export function entriesFor(session: Session, participantIds: string[], cells: Cells) {
  return participantIds.flatMap((participantId) =>
    Array.from({ length: session.dayCount }, (_, day) => day + 1)
      .map((dayIndex) => ({
        participantId,
        dayIndex,
        status: cells[cellKey(participantId, session.id, dayIndex)],
      }))
      .filter((entry) => entry.status !== undefined),
  );
}
