import type { Attendance, AttendanceStatus, Pair, PairMember, Session } from '../types';

export interface SessionDay {
  sessionId: string;
  session: Session;
  dayIndex: number;
}

/** Status per `participantId:sessionId:dayIndex`; a missing key is "not recorded". */
export type Cells = Record<string, AttendanceStatus>;

export const cellKey = (participantId: string, sessionId: string, dayIndex: number) =>
  `${participantId}:${sessionId}:${dayIndex}`;

/** One column per day of every session, in the sessions' order. */
export const sessionDays = (sessions: Session[]): SessionDay[] =>
  sessions.flatMap((session) =>
    Array.from({ length: session.dayCount }, (_, day) => ({
      sessionId: session.id,
      session,
      dayIndex: day + 1,
    })),
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
