import type { Attendance, Cohort, Pair, ParticipantRates, Session } from '../types';
import {
  belowRuleByPhase,
  countByStatus,
  currentPhase,
  enrolledEmails,
  nextSession,
  sessionsWithoutAttendance,
  waitlist,
} from './homeSummary';

/** A one-day session from 09:00 to 12:00 UTC on the given date. */
const session = (id: string, phase: Session['phase'], date: string) =>
  ({
    id,
    phase,
    date,
    days: [{ dayIndex: 1, startsAt: `${date}T09:00:00Z`, endsAt: `${date}T12:00:00Z` }],
  }) as Session;

const SESSIONS = [
  session('s3', 'strategic_application', '2027-03-17'),
  session('s1', 'free_software_culture', '2027-03-15'),
  session('s2', 'civic_tech_testing', '2027-03-16'),
];

describe('what a home says about a cohort', () => {
  it.each([
    // now, next session, current phase
    ['2027-03-01T00:00:00Z', 's1', 'free_software_culture'],
    ['2027-03-15T10:00:00Z', 's1', 'free_software_culture'], // under way
    ['2027-03-15T12:30:00Z', 's2', 'civic_tech_testing'],
    ['2027-03-18T00:00:00Z', undefined, 'strategic_application'], // all over
  ])('at %s the next session is %s and the phase %s', (now, next, phase) => {
    expect(nextSession(SESSIONS, new Date(now))?.id).toBe(next);
    expect(currentPhase(SESSIONS, new Date(now))).toBe(phase);
  });

  it('has no phase without sessions', () => {
    expect(currentPhase([], new Date())).toBeUndefined();
  });

  it('flags the sessions that have begun and have no attendance', () => {
    const attendance = [{ sessionId: 's1' }] as Attendance[];
    const now = new Date('2027-03-17T10:00:00Z');
    expect(sessionsWithoutAttendance(SESSIONS, attendance, now).map((s) => s.id)).toEqual([
      's2',
      's3',
    ]);
    expect(sessionsWithoutAttendance(SESSIONS, [], new Date('2027-03-01'))).toEqual([]);
  });

  it('counts, per phase, the participants below the course rule', () => {
    const rate = (phase: Session['phase'], days: number, absent: number) => ({
      phase,
      days,
      present: days - absent,
      absent,
      excused: 0,
      rate: (days - absent) / days,
    });
    const rates = [
      { participantId: 'a', phases: [rate('free_software_culture', 3, 1)] },
      { participantId: 'b', phases: [rate('free_software_culture', 3, 0)] },
      { participantId: 'c', phases: [rate('free_software_culture', 3, 3)] },
    ] as ParticipantRates[];
    expect(belowRuleByPhase(rates, 80)).toEqual([
      { phase: 'free_software_culture', count: 2 },
      { phase: 'civic_tech_testing', count: 0 },
      { phase: 'strategic_application', count: 0 },
    ]);
  });

  it('orders the waitlist by rank and lists the emails of enrolled members only', () => {
    const member = (email: string | null) => ({ email }) as Pair['political'];
    const pair = (id: string, status: Pair['status'], rank: number | null, emails: string[]) =>
      ({
        id,
        status,
        waitlistRank: rank,
        political: member(emails[0] ?? null),
        technical: member(emails[1] ?? null),
      }) as Pair;
    const pairs = [
      pair('w2', 'waitlisted', 2, []),
      pair('e', 'enrolled', null, ['a@x.fr', 'b@x.fr']),
      pair('w1', 'waitlisted', 1, ['c@x.fr']),
    ];
    expect(waitlist(pairs).map((p) => p.id)).toEqual(['w1', 'w2']);
    expect(enrolledEmails(pairs)).toEqual(['a@x.fr', 'b@x.fr']);
  });

  it('counts cohorts by status', () => {
    const cohorts = [{ status: 'open' }, { status: 'running' }, { status: 'open' }] as Cohort[];
    expect(countByStatus(cohorts)).toEqual({ open: 2, running: 1 });
  });
});
