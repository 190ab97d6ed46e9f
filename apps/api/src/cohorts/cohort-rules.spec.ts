import { attendanceRates } from './attendance-rates';
import { entryProblems } from './attendance.service';
import { calendarFeed } from './calendar-feed';
import { decodeCsv, parsePairCsv } from './pair-csv';
import { pairProblems, PairMember } from './pair-rules';
import { pairsToPromote, placeFor, transitionProblem } from './seats';
import { generateSessions } from './session-schedule';

const member = (id: string, kind: 'political' | 'technical', territoryId = 't1'): PairMember => ({
  id,
  role: 'participant',
  kind,
  territoryId,
});

describe('pair rules', () => {
  it('accepts one political and one technical member of one territory', () => {
    expect(pairProblems(member('a', 'political'), member('b', 'technical'))).toEqual({});
  });
  it('names every problem', () => {
    expect(
      Object.keys(pairProblems(member('a', 'political'), member('b', 'political', 't2'))),
    ).toEqual(['technicalId']);
    expect(
      pairProblems(member('a', 'political'), member('a', 'political')).technicalId,
    ).toHaveLength(1);
  });
});

describe('seats', () => {
  it('enrols while two seats are free, then waitlists', () => {
    expect(placeFor(8, 10)).toBe('enrolled');
    expect(placeFor(10, 10)).toBe('waitlisted');
    expect(placeFor(4, 5)).toBe('waitlisted');
  });
  it('promotes the first waitlisted pairs that fit', () => {
    const waitlist = [{ waitlistRank: 3 }, { waitlistRank: 1 }, { waitlistRank: 2 }];
    expect(pairsToPromote(waitlist, 2)).toEqual([{ waitlistRank: 1 }]);
    expect(pairsToPromote(waitlist, 1)).toEqual([]);
  });
  it('starts a cohort with 5 participants and its sessions only', () => {
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 4, scheduledSessions: 3 }),
    ).toEqual({ kind: 'too_few_participants', minimum: 5, enrolled: 4 });
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 6, scheduledSessions: 0 }),
    ).toEqual({ kind: 'sessions_unscheduled' });
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 6, scheduledSessions: 3 }),
    ).toBeNull();
    expect(
      transitionProblem('completed', 'open', { enrolledParticipants: 6, scheduledSessions: 3 }),
    ).toEqual({ kind: 'not_allowed', from: 'completed', to: 'open' });
  });
});

describe('session generation', () => {
  it('keeps local hours across the spring DST change (short)', () => {
    const sessions = generateSessions('short', '2026-03-27', 'Europe/Paris');
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
  });
  it('moves a deep cohort starting on a Thursday to Monday, sessions two weeks apart', () => {
    const sessions = generateSessions('deep', '2027-01-07', 'Europe/Paris');
    expect(sessions.map((s) => [s.startsAt.toISOString(), s.dayCount])).toEqual([
      ['2027-01-11T08:00:00.000Z', 3],
      ['2027-01-25T08:00:00.000Z', 3],
      ['2027-02-08T08:00:00.000Z', 3],
    ]);
  });
});

describe('attendance rates', () => {
  it('counts present days over the phase days', () => {
    const rates = attendanceRates(
      ['p'],
      [{ id: 's1', phase: 'free_software_culture', dayCount: 3 }],
      [
        { sessionId: 's1', participantId: 'p', dayIndex: 1, status: 'present' },
        { sessionId: 's1', participantId: 'p', dayIndex: 2, status: 'excused' },
      ],
    );
    expect(rates.get('p')?.[0]).toMatchObject({ days: 3, present: 1, excused: 1, rate: 0.333 });
  });
});

describe('attendance entries', () => {
  it('names entries for outsiders, days the session lacks, and repeated days', () => {
    const problems = entryProblems(
      [
        { participantId: 'p', dayIndex: 1 },
        { participantId: 'x', dayIndex: 1 },
        { participantId: 'p', dayIndex: 4 },
        { participantId: 'p', dayIndex: 1 },
      ],
      new Set(['p']),
      3,
    );
    expect(Object.keys(problems)).toEqual([
      'entries.1.participantId',
      'entries.2.dayIndex',
      'entries.3.dayIndex',
    ]);
    expect(problems['entries.3.dayIndex']).toEqual(['repeats entry 0 for the same participant']);
    expect(entryProblems([{ participantId: 'p', dayIndex: 3 }], new Set(['p']), 3)).toEqual({});
  });
});

describe('pair CSV', () => {
  const header =
    'territory_name,territory_country,territory_level,political_name,political_email,political_position,technical_name,technical_email,technical_position';
  it('decodes UTF-8 with BOM, plain UTF-8 and Windows-1252', () => {
    expect(decodeCsv(Buffer.from('\ufeffé', 'utf8'))).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from('é', 'utf8')).encoding).toBe('utf-8');
    expect(decodeCsv(Buffer.from('é', 'latin1'))).toEqual({ text: 'é', encoding: 'windows-1252' });
    expect(() => decodeCsv(Buffer.from('\ufeffx', 'utf16le'))).toThrow(/UTF-16/);
  });
  it('reports every bad line and field', () => {
    const { rows, problems } = parsePairCsv(
      [header, 'A,FR,municipality,P,p@a.fr,,T,t@a.fr,', 'B,FR,city,P,p@a.fr,,T,t@a.fr,'].join('\n'),
    );
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => `${p.line}:${p.field}`)).toEqual(['3:territory_level']);
  });
});

describe('calendar feed', () => {
  it('folds and escapes text and declares the time zone', () => {
    const start = new Date('2026-03-27T08:00:00Z');
    const ics = calendarFeed(
      {
        id: 'c',
        name: 'Cohorte; Grenoble, printemps',
        timeZone: 'Europe/Paris',
        venue: 'Salle A',
        onlineUrl: null,
      },
      [
        {
          id: 's',
          phase: 'free_software_culture',
          startsAt: start,
          endsAt: new Date('2026-03-27T11:30:00Z'),
          dayCount: 1,
          venue: null,
          onlineUrl: null,
        },
      ],
    );
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20260327T090000');
    expect(ics).toContain('X-WR-TIMEZONE:Europe/Paris');
    expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('Cohorte\\; Grenoble\\, printemps');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
