import type { Session } from '../types';
import { sessionChanges } from './sessionPayload';

const session: Session = {
  id: 's1',
  cohortId: 'c1',
  phase: 'free_software_culture',
  dayCount: 1,
  timeZone: 'America/Montreal',
  date: '2027-03-15',
  startTime: '09:00',
  endTime: '12:30',
  venue: 'Maison de la citoyenneté',
  onlineUrl: null,
  days: [],
};

describe('sessionChanges', () => {
  it('sends only the changed local fields, as typed, without converting the zone', () => {
    const values = { ...session, date: '2027-03-16', startTime: '14:00', endTime: '17:30' };
    expect(sessionChanges(values, session)).toEqual({
      date: '2027-03-16',
      startTime: '14:00',
      endTime: '17:30',
    });
  });

  it('clears an emptied place to null and leaves out what the api does not edit', () => {
    const values = { ...session, venue: '', phase: 'civic_tech_testing', dayCount: 3 };
    expect(sessionChanges(values, session)).toEqual({ venue: null });
  });

  it('sends a new online link and nothing when nothing changed', () => {
    expect(
      sessionChanges({ ...session, onlineUrl: 'https://visio.example.org/a' }, session),
    ).toEqual({ onlineUrl: 'https://visio.example.org/a' });
    expect(sessionChanges({ ...session }, session)).toEqual({});
  });
});
