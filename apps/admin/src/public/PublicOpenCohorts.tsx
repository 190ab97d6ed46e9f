import { Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/localDate';
import { useApiGet } from '../common/useApiGet';
import type { Locale } from '../types';
import { publicApplyPath } from './paths';

/** A cohort taking applications, as the public api gives it (no personal data). */
interface OpenCohort {
  id: string;
  name: string;
  language: Locale;
  venue: string | null;
  online: boolean;
  timeZone: string;
  startsOn: string | null;
  endsOn: string | null;
  seatsLeft: number;
}

/** Where and when a cohort meets, in one line: dates, place, time zone, language. */
const useCohortLine = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (cohort: OpenCohort) =>
    [
      cohort.startsOn &&
        translate('screens.public.cohort_dates', {
          start: formatLocalDate(cohort.startsOn, locale),
          end: formatLocalDate(cohort.endsOn ?? cohort.startsOn, locale),
        }),
      cohort.venue,
      cohort.online && translate('screens.public.cohort_online'),
      translate('screens.public.cohort_time_zone', { zone: cohort.timeZone }),
      translate(`apprenance.locales.${cohort.language}`),
      translate('screens.public.seats_left', { smart_count: cohort.seatsLeft }),
    ]
      .filter(Boolean)
      .join(' · ');
};

/** The sessions of a published course a visitor may apply to, each with its application form. */
export const PublicOpenCohorts = ({ slug }: { slug: string }) => {
  const translate = useTranslate();
  const line = useCohortLine();
  const { data: cohorts } = useApiGet<OpenCohort[]>(
    `/public/courses/${encodeURIComponent(slug)}/cohorts`,
  );
  return (
    <Box component="section" sx={{ mt: 3 }} data-testid="public-open-cohorts">
      <Typography component="h2" variant="h5">
        {translate('screens.public.open_cohorts')}
      </Typography>
      {cohorts?.length === 0 && (
        <Typography color="text.secondary">{translate('screens.public.no_open_cohort')}</Typography>
      )}
      <List>
        {cohorts?.map((cohort) => (
          <ListItem key={cohort.id} sx={{ flexWrap: 'wrap', gap: 1 }}>
            <ListItemText primary={cohort.name} secondary={line(cohort)} />
            <Button
              variant="contained"
              href={`#${publicApplyPath(cohort.id)}`}
              aria-label={translate('screens.public.apply_to', { name: cohort.name })}
            >
              {translate('screens.public.apply')}
            </Button>
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
