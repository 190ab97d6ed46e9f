import type { Attendance, Pair, PairMember, Session } from '../types';
import {
  cellKey,
  cellsOf,
  changedSessionIds,
  enrolledMembers,
  entriesFor,
  sessionDays,
} from './attendanceGrid';

const session = (id: string, dayCount: number) => ({ id, dayCount }) as Session;
const member = (id: string) => ({ id }) as PairMember;
const pair = (status: Pair['status'], a: string, b: string) =>
  ({ status, political: member(a), technical: member(b) }) as Pair;

describe('attendance grid', () => {
  it('has a column per day of every session, in order', () => {
    const days = sessionDays([session('s1', 1), session('s2', 3)]);
    expect(days.map((d) => `${d.sessionId}/${d.dayIndex}`)).toEqual([
      's1/1',
      's2/1',
      's2/2',
      's2/3',
    ]);
  });

  it('dates each day of a three-day session in the session time zone', () => {
    const deep = {
      id: 's1',
      dayCount: 3,
      date: '2027-03-15',
      timeZone: 'Europe/Paris',
      days: [
        { dayIndex: 1, startsAt: '2027-03-15T08:00:00Z', endsAt: '2027-03-15T16:00:00Z' },
        { dayIndex: 2, startsAt: '2027-03-16T08:00:00Z', endsAt: '2027-03-16T16:00:00Z' },
        // 23:30 UTC is already the next day in Paris.
        { dayIndex: 3, startsAt: '2027-03-17T23:30:00Z', endsAt: '2027-03-18T06:00:00Z' },
      ],
    } as Session;
    expect(sessionDays([deep]).map((d) => d.date)).toEqual([
      '2027-03-15',
      '2027-03-16',
      '2027-03-18',
    ]);
  });

  it('names the sessions whose cells differ from the saved ones', () => {
    const saved = { [cellKey('a', 's1', 1)]: 'present' as const };
    const edited = {
      ...saved,
      [cellKey('a', 's2', 2)]: 'absent' as const,
      [cellKey('b', 's2', 3)]: 'excused' as const,
    };
    expect(changedSessionIds(saved, edited)).toEqual(['s2']);
    expect(changedSessionIds(saved, { ...saved })).toEqual([]);
    expect(changedSessionIds(saved, { [cellKey('a', 's1', 1)]: 'absent' })).toEqual(['s1']);
  });

  it('has a row per member of an enrolled pair only', () => {
    const pairs = [
      pair('enrolled', 'a', 'b'),
      pair('waitlisted', 'c', 'd'),
      pair('enrolled', 'e', 'f'),
    ];
    expect(enrolledMembers(pairs).map((m) => m.id)).toEqual(['a', 'b', 'e', 'f']);
  });

  it('sends the recorded cells of one session only', () => {
    const attendance = [
      { participantId: 'a', sessionId: 's2', dayIndex: 2, status: 'absent' },
      { participantId: 'a', sessionId: 's1', dayIndex: 1, status: 'present' },
    ] as Attendance[];
    const cells = { ...cellsOf(attendance), [cellKey('b', 's2', 1)]: 'excused' as const };
    expect(entriesFor(session('s2', 3), ['a', 'b'], cells)).toEqual([
      { participantId: 'a', dayIndex: 2, status: 'absent' },
      { participantId: 'b', dayIndex: 1, status: 'excused' },
    ]);
  });
});
