import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Phase } from '@apprenance/db';
import { ScheduledSession, sessionDays } from '@apprenance/domain';

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
 * its VTIMEZONE, so that clients show local hours and convert across DST changes.
 */
export function calendarFeed(cohort: FeedCohort, sessions: FeedSession[]): string {
  const calendar = ical({
    name: cohort.name,
    prodId: { company: 'apprenance', product: 'cohort-calendar', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, which
    // RFC 5545 forbids (it is UTC). The events carry the zone, whose VTIMEZONE is generated.
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] },
    x: [['X-WR-TIMEZONE', cohort.timeZone]],
  });
  for (const session of sessions) {
    for (const day of sessionDays(session, cohort.timeZone)) {
      const suffix = session.dayCount > 1 ? ` (${day.dayIndex}/${session.dayCount})` : '';
      calendar.createEvent({
        id: `${session.id}-${day.dayIndex}@apprenance`,
        start: DateTime.fromJSDate(day.startsAt, { zone: cohort.timeZone }),
        end: DateTime.fromJSDate(day.endsAt, { zone: cohort.timeZone }),
        timezone: cohort.timeZone,
        summary: `${cohort.name} — ${PHASE_TITLES[session.phase]}${suffix}`,
        location: session.venue ?? cohort.venue ?? session.onlineUrl ?? cohort.onlineUrl ?? null,
        url: session.onlineUrl ?? cohort.onlineUrl ?? null,
      });
    }
  }
  return calendar.toString();
}
