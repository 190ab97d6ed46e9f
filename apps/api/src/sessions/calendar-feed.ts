import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Phase } from '@apprenance/db';
import { ScheduledSession, sessionDays } from '@apprenance/domain';
import { icalDocument, IcalLine, textProperty, valueProperty } from '../common/ical/ical-writer';

export interface FeedCohort {
  id: string;
  name: string;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
}

export interface FeedSession extends ScheduledSession {
  id: string;
  venue: string | null;
  onlineUrl: string | null;
}

const PHASE_TITLES: Record<Phase, string> = {
  free_software_culture: 'Culture du logiciel libre / Free software culture',
  civic_tech_testing: 'Test de civic-techs / Civic-tech testing',
  strategic_application: 'Application stratégique / Strategic application',
};

/**
 * An RFC 5545 calendar of the cohort: one event per session day, in the cohort's zone with
 * its VTIMEZONE, so that clients show local hours and convert across DST changes. Every
 * property goes through the iCalendar writer, which escapes and folds it.
 */
export function calendarFeed(
  cohort: FeedCohort,
  sessions: FeedSession[],
  now: Date = new Date(),
): string {
  const events = sessions.flatMap((session) =>
    sessionDays(session, cohort.timeZone).flatMap((day) => {
      const suffix = session.dayCount > 1 ? ` (${day.dayIndex}/${session.dayCount})` : '';
      const place = session.venue ?? cohort.venue ?? session.onlineUrl ?? cohort.onlineUrl;
      const url = session.onlineUrl ?? cohort.onlineUrl;
      return [
        'BEGIN:VEVENT',
        valueProperty('UID', `${session.id}-${day.dayIndex}@apprenance`),
        valueProperty('DTSTAMP', utcStamp(now)),
        localTime('DTSTART', day.startsAt, cohort.timeZone),
        localTime('DTEND', day.endsAt, cohort.timeZone),
        textProperty('SUMMARY', `${cohort.name} — ${PHASE_TITLES[session.phase]}${suffix}`),
        ...(place ? [textProperty('LOCATION', place)] : []),
        ...(url ? [valueProperty('URL;VALUE=URI', url)] : []),
        'END:VEVENT',
      ];
    }),
  );
  return icalDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//apprenance//cohort-calendar//FR',
    'METHOD:PUBLISH',
    textProperty('NAME', cohort.name),
    textProperty('X-WR-CALNAME', cohort.name),
    valueProperty('X-WR-TIMEZONE', cohort.timeZone),
    ...timeZoneBlock(cohort.timeZone),
    ...events,
    'END:VCALENDAR',
  ]);
}

/** The zone's VTIMEZONE from the time-zone library; it comes as CRLF-separated lines. */
function timeZoneBlock(zone: string): IcalLine[] {
  const [block = ''] = tzlib_get_ical_block(zone);
  return block.split(/\r?\n/).filter(Boolean);
}

/** A local date-time in a zone, which the VTIMEZONE above defines. */
function localTime(name: string, at: Date, zone: string): IcalLine {
  const local = DateTime.fromJSDate(at, { zone }).toFormat("yyyyMMdd'T'HHmmss");
  return valueProperty(`${name};TZID=${zone}`, local);
}

/** DTSTAMP is in UTC (RFC 5545 §3.8.7.2). */
function utcStamp(at: Date): string {
  return DateTime.fromJSDate(at, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}
