import { entryProblems } from './attendance.service';
import { calendarFeed } from './calendar-feed';

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
