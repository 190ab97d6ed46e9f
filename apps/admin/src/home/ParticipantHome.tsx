import { Link, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useGetIdentity, useGetList, useGetOne, useTranslate } from 'react-admin';
import { useBilingual } from '../common/BilingualField';
import { CalendarLinkButton } from '../cohorts/CalendarLinkButton';
import { RateChip } from '../cohorts/RateChip';
import { useCohortItems } from '../cohorts/useCohortItems';
import {
  type Cohort,
  type Course,
  type ParticipantRates,
  type PeerReview,
  PHASES,
  type Prototype,
  type Session,
} from '../types';
import { currentPhase, nextSession } from './homeSummary';
import { HomeSection, TodoList } from './HomeSection';
import { participantTodo } from './participantTodo';
import { SessionSummary } from './SessionSummary';
import { impactTodo } from '../impact/impactTodo';
import type { ConvictionSlot, FollowUpSlot } from '../impact/types';
import { useApiGet } from '../common/useApiGet';

// react-admin sorts by id unless told; these lists sort on their creation only.
const BY_CREATION = { field: 'createdAt', order: 'ASC' } as const;

/** A participant's home, phone first: our next session, our course, what to do, our attendance. */
export const ParticipantHome = ({ cohort, now }: { cohort: Cohort; now: Date }) => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const { identity } = useGetIdentity();
  const { data: sessions } = useCohortItems<Session>('cohort-sessions', cohort);
  const { data: rates } = useCohortItems<ParticipantRates & { id: string }>(
    'cohort-attendance-rates',
    cohort,
  );
  const { data: course } = useGetOne<Course>('courses', { id: cohort.courseId });
  // The api lists a participant only their own pair's prototype and reviews to write.
  const { data: prototypes } = useGetList<Prototype>('prototypes', {
    filter: { cohortId: cohort.id },
    sort: BY_CREATION,
  });
  const { data: reviews } = useGetList<PeerReview>('peer-reviews', {
    filter: { cohortId: cohort.id, side: 'given' },
    sort: BY_CREATION,
  });
  const { data: questionnaires } = useApiGet<ConvictionSlot[]>('/conviction');
  const { data: followUps } = useGetList<FollowUpSlot>('follow-ups', {
    filter: { cohortId: cohort.id },
    sort: { field: 'dueAt', order: 'ASC' },
  });
  const phase = currentPhase(sessions, now);
  return (
    <Stack sx={{ gap: 2 }}>
      <HomeSection title="screens.home.next_session" testId="home-next-session">
        <SessionSummary session={nextSession(sessions, now)} cohort={cohort} />
        <CalendarLinkButton cohortId={cohort.id} />
      </HomeSection>
      <HomeSection title="screens.home.our_course" testId="home-course">
        {course && (
          <Link href={`#/courses/${course.id}/show`} sx={{ display: 'block', mb: 1 }}>
            {bilingual(course, 'title')}
          </Link>
        )}
        <Link href={`#/cohorts/${cohort.id}/show`} sx={{ display: 'block', mb: 2 }}>
          {cohort.name}
        </Link>
        <Stepper
          activeStep={phase ? PHASES.indexOf(phase) : 0}
          orientation="vertical"
          aria-label={translate('screens.home.phases')}
        >
          {PHASES.map((p) => (
            <Step key={p}>
              <StepLabel>{translate(`apprenance.phases.${p}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
      </HomeSection>
      <HomeSection title="screens.home.to_do" testId="home-todo">
        <TodoList
          items={[
            ...participantTodo(prototypes, reviews, translate),
            ...impactTodo(questionnaires, followUps, translate),
          ]}
        />
      </HomeSection>
      <HomeSection title="screens.home.our_attendance" testId="home-attendance">
        {PHASES.map((p) => (
          <Stack key={p} direction="row" sx={{ gap: 1, alignItems: 'center', mb: 1 }}>
            <Typography sx={{ flexGrow: 1 }}>{translate(`apprenance.phases.${p}`)}</Typography>
            {identity && (
              <RateChip
                rates={rates}
                participantId={String(identity.id)}
                phase={p}
                minimum={course?.minAttendancePercent ?? 0}
              />
            )}
          </Stack>
        ))}
      </HomeSection>
    </Stack>
  );
};
