import type {
  Attendance,
  Cohort,
  CohortStatus,
  Pair,
  ParticipantRates,
  Phase,
  Session,
} from '../types';
import { PHASES } from '../types';
import { isBelowRule } from '../cohorts/attendanceRates';

const firstStart = (session: Session) => session.days[0]?.startsAt ?? `${session.date}T00:00:00Z`;
const lastEnd = (session: Session) =>
  session.days[session.days.length - 1]?.endsAt ?? firstStart(session);

const byStart = (a: Session, b: Session) => firstStart(a).localeCompare(firstStart(b));

/** The session still to come or under way: the first whose last day has not ended. */
export const nextSession = (sessions: Session[], now: Date): Session | undefined =>
  [...sessions].sort(byStart).find((s) => new Date(lastEnd(s)) > now);

/** Where a cohort is in its three phases: the next session's, or the last once all are over. */
export function currentPhase(sessions: Session[], now: Date): Phase | undefined {
  if (sessions.length === 0) return undefined;
  return nextSession(sessions, now)?.phase ?? PHASES[PHASES.length - 1];
}

/** Sessions that have begun and have no attendance recorded at all: a trainer's to-do. */
export const sessionsWithoutAttendance = (
  sessions: Session[],
  attendance: Attendance[],
  now: Date,
): Session[] =>
  [...sessions]
    .sort(byStart)
    .filter(
      (s) => new Date(firstStart(s)) <= now && !attendance.some((row) => row.sessionId === s.id),
    );

/** Per phase, how many participants attend less than the course rule requires. */
export const belowRuleByPhase = (rates: ParticipantRates[], minimum: number) =>
  PHASES.map((phase) => ({
    phase,
    count: rates.filter((r) => {
      const rate = r.phases.find((p) => p.phase === phase);
      return rate !== undefined && isBelowRule(rate, minimum);
    }).length,
  }));

/** The waitlist in its order (first-come, first promoted). */
export const waitlist = (pairs: Pair[]): Pair[] =>
  pairs
    .filter((p) => p.status === 'waitlisted')
    .sort((a, b) => (a.waitlistRank ?? 0) - (b.waitlistRank ?? 0));

/** Pairs that applied publicly and wait for a trainer's answer. */
export const applications = (pairs: Pair[]): Pair[] => pairs.filter((p) => p.status === 'applied');

/** Every email of the cohort's enrolled members, for one message to all. */
export const enrolledEmails = (pairs: Pair[]): string[] =>
  pairs
    .filter((p) => p.status === 'enrolled')
    .flatMap((p) => [p.political.email, p.technical.email])
    .filter((email): email is string => !!email);

export const countByStatus = (cohorts: Cohort[]): Partial<Record<CohortStatus, number>> =>
  cohorts.reduce<Partial<Record<CohortStatus, number>>>(
    (counts, c) => ({ ...counts, [c.status]: (counts[c.status] ?? 0) + 1 }),
    {},
  );

/** Cohorts people are in or joining: the ones a home speaks about. */
export const isActive = (cohort: Cohort) => cohort.status === 'open' || cohort.status === 'running';
