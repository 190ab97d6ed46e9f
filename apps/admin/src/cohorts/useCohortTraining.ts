import { useGetOne } from 'react-admin';
import type { Attendance, Cohort, Course, Pair, ParticipantRates, Session } from '../types';
import { useCohortItems } from './useCohortItems';

/**
 * What a trainer follows in a cohort (the cohort given, or the page's): its sessions, pairs,
 * attendance and rates, and the course's minimum attendance per phase (in %).
 */
export function useCohortTraining(of?: Cohort) {
  const { cohort, data: sessions } = useCohortItems<Session>('cohort-sessions', of);
  const { data: pairs } = useCohortItems<Pair>('cohort-pairs', of);
  const { data: attendance } = useCohortItems<Attendance>('cohort-attendance', of);
  const { data: rates } = useCohortItems<ParticipantRates & { id: string }>(
    'cohort-attendance-rates',
    of,
  );
  const { data: course } = useGetOne<Course>(
    'courses',
    { id: cohort?.courseId ?? '' },
    { enabled: !!cohort },
  );
  return {
    cohort,
    sessions,
    pairs,
    attendance,
    rates,
    course,
    minimum: course?.minAttendancePercent ?? 0,
  };
}
