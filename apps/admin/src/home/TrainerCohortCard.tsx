import { Link, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useCohortTraining } from '../cohorts/useCohortTraining';
import { formatLocalDate } from '../common/localDate';
import type { Cohort } from '../types';
import {
  applications,
  belowRuleByPhase,
  nextSession,
  sessionsWithoutAttendance,
  waitlist,
} from './homeSummary';
import { HomeSection, TodoList } from './HomeSection';
import { SessionSummary } from './SessionSummary';

/** One of a trainer's cohorts: its next session, what to do, who falls below the rule. */
export const TrainerCohortCard = ({ cohort, now }: { cohort: Cohort; now: Date }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { sessions, attendance, rates, pairs, minimum } = useCohortTraining(cohort);
  const show = `#/cohorts/${cohort.id}/show`;
  const todo = [
    ...sessionsWithoutAttendance(sessions, attendance, now).map((s) => ({
      key: s.id,
      text: translate('screens.home.record_attendance', {
        phase: translate(`apprenance.phases.${s.phase}`),
        date: formatLocalDate(s.date, locale),
      }),
      href: `${show}/attendance`,
    })),
    ...(applications(pairs).length > 0
      ? [
          {
            key: 'applications',
            text: translate('screens.home.answer_applications', {
              smart_count: applications(pairs).length,
            }),
            href: `${show}/pairs`,
          },
        ]
      : []),
  ];
  const below = belowRuleByPhase(rates, minimum);
  return (
    <HomeSection title={cohort.name} testId={`home-cohort-${cohort.id}`}>
      <Link href={`${show}/overview`} sx={{ display: 'block', mb: 1 }}>
        {translate('screens.home.open_overview')}
      </Link>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('screens.home.next_session')}
      </Typography>
      <SessionSummary session={nextSession(sessions, now)} cohort={cohort} />
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
        {translate('screens.home.to_do')}
      </Typography>
      <TodoList items={todo} />
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
        {translate('screens.home.below_rule')}
      </Typography>
      <Stack component="ul" sx={{ m: 0, pl: 3 }}>
        {below.map(({ phase, count }) => (
          <li key={phase}>
            {translate(`apprenance.phases.${phase}`)} :{' '}
            {translate('screens.home.participants', { smart_count: count })}
          </li>
        ))}
      </Stack>
      <Typography sx={{ mt: 1 }} data-testid="home-waitlist">
        {translate('screens.home.waitlist', { smart_count: waitlist(pairs).length })}
      </Typography>
    </HomeSection>
  );
};
