import { Link, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { localDateOf } from '../cohorts/attendanceGrid';
import { formatLocalDate } from '../common/localDate';
import type { Cohort, Session } from '../types';

/** A session's date (its first day), hours and place: the venue, else the online link. */
export const SessionSummary = ({ session, cohort }: { session?: Session; cohort: Cohort }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!session) {
    return (
      <Typography color="text.secondary">{translate('screens.home.no_next_session')}</Typography>
    );
  }
  const first = session.days[0];
  const date = first ? localDateOf(first.startsAt, session.timeZone) : session.date;
  const venue = session.venue ?? cohort.venue;
  const onlineUrl = session.onlineUrl ?? cohort.onlineUrl;
  return (
    <div data-testid="next-session">
      <Typography>
        {translate(`apprenance.phases.${session.phase}`)} — {formatLocalDate(date, locale)},{' '}
        {session.startTime}–{session.endTime}
        {session.dayCount > 1 &&
          ` (${translate('screens.home.days', { smart_count: session.dayCount })})`}
      </Typography>
      {venue && <Typography>{venue}</Typography>}
      {onlineUrl && (
        <Link href={onlineUrl} target="_blank" rel="noopener noreferrer">
          {translate('screens.home.join_online')}
        </Link>
      )}
    </div>
  );
};
