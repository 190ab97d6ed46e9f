import type { Attendance, Pair, PairMember, Session } from '../types';
import { cellKey, cellsOf, enrolledMembers, entriesFor, sessionDays } from './attendanceGrid';

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
