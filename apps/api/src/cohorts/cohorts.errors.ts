import { DomainError } from '../common/problem/domain-error';
import type { DomainReason } from '../common/problem/reasons';
import { Problems, TransitionProblem } from '@apprenance/domain';
import { CsvEncodingError, LineProblem, problemFields } from '../pairs/pair-csv';

export const cohortNotFound = (id: string) =>
  new DomainError('cohort.not_found', `No cohort ${id}.`);

export const pairNotFound = (id: string) => new DomainError('pair.not_found', `No pair ${id}.`);

export const sessionNotFound = (id: string) =>
  new DomainError('session.not_found', `No session ${id}.`);

export const notCohortTrainer = () =>
  new DomainError('cohort.not_trainer', 'Only the trainers of this cohort and admins may do this.');

export const notCourseTrainer = () =>
  new DomainError(
    'cohort.not_course_trainer',
    'Only admins and trainers of the course may create its cohorts.',
    {
      courseId: ['you are not a trainer of this course'],
    },
  );

export const unknownCourse = () =>
  new DomainError('cohort.unknown_course', 'The course does not exist.', {
    courseId: ['does not match an existing course'],
  });

export const courseNotPublished = () =>
  new DomainError('cohort.course_not_published', 'Cohorts run published courses only.', {
    courseId: ['must be a published course'],
  });

export const invalidTrainers = () =>
  new DomainError('cohort.invalid_trainers', 'Every trainer must be an active trainer or admin.', {
    trainerIds: ['must be ids of trainers'],
  });

export const invalidTimeZone = () =>
  new DomainError('cohort.invalid_time_zone', 'Unknown time zone.', {
    timeZone: ['must be an IANA time zone such as Europe/Paris'],
  });

export const placeRequired = () =>
  new DomainError('cohort.place_required', 'A cohort meets at a venue or online.', {
    venue: ['is required unless the cohort is online'],
  });

export const capacityBelowEnrolled = (seats: number) =>
  new DomainError(
    'cohort.capacity_below_enrolled',
    `${seats} seats are already taken.`,
    { capacity: [`must be at least the ${seats} seats already taken`] },
    { seats },
  );

export const cohortClosed = () =>
  new DomainError('cohort.closed', 'This cohort is finished; its pairs can no longer change.');

export const notOpenForApplications = () =>
  new DomainError('cohort.not_open_for_applications', 'This cohort does not take applications.');

/**
 * The pair problems (see `pairProblems` and the availability check) by their message, most
 * fundamental first: the first that applies is the reason; `errors` still lists them all.
 * A pair is a conflict (409) only when its members being taken is its sole problem.
 */
const PAIR_PROBLEM_REASONS: [message: RegExp, reason: DomainReason, detail: string][] = [
  [/^must be a different person/, 'pair.same_person', 'A pair is two different people.'],
  [/^must be a participant/, 'pair.member_not_participant', 'Both members must be participants.'],
  [
    /^must be a (political|technical) participant/,
    'pair.wrong_kind',
    'A pair is one political and one technical participant.',
  ],
  [
    /^must belong to the same territory/,
    'pair.different_territories',
    'Both members must belong to the same territory.',
  ],
  [
    /^is already in a pair of this cohort/,
    'pair.member_in_this_cohort',
    'A member of this pair is already in this cohort.',
  ],
  [
    /^is already in another cohort/,
    'pair.member_in_other_cohort',
    'A member of this pair is already in another cohort.',
  ],
];

/** A pair breaking a rule (422), or whose member is already taken (409). */
export const invalidPairOrConflict = (problems: Problems) => {
  const messages = Object.values(problems).flat();
  // Every message of the pair rules and the availability check has a row (see the spec).
  const [, reason, detail] =
    PAIR_PROBLEM_REASONS.find(([pattern]) => messages.some((m) => pattern.test(m))) ??
    PAIR_PROBLEM_REASONS[0];
  return new DomainError(reason, detail, problems);
};

export const sameApplicant = () =>
  new DomainError('pair.same_person', 'A pair is two different people.', {
    'technical.email': ['must be a different person from the political member'],
  });

export const endsBeforeStart = (startsOn: string) =>
  new DomainError(
    'cohort.ends_before_start',
    `The cohort starts on ${startsOn}.`,
    { endsOn: [`must be on or after ${startsOn}`] },
    { startsOn },
  );

export const alreadyInCohort = (field: string) =>
  new DomainError(
    'pair.member_in_this_cohort',
    'This person is already in a pair of this cohort.',
    {
      [field]: ['is already in a pair of this cohort'],
    },
  );

const PAIR_TRANSITION_REASONS = {
  accepted: 'pair.cannot_accept',
  declined: 'pair.cannot_decline',
  withdrawn: 'pair.cannot_withdraw',
} as const;

/** What can happen to a pair after it applied or enrolled. */
export type PairAction = keyof typeof PAIR_TRANSITION_REASONS;

export const pairTransition = (from: string, action: PairAction) =>
  new DomainError(PAIR_TRANSITION_REASONS[action], `A pair that is ${from} cannot be ${action}.`, {
    status: [`is ${from}`],
  });

const statusProblem = (
  reason: DomainReason,
  message: string,
  params?: Record<string, number | string>,
) => new DomainError(reason, message, { status: [message] }, params);

export const statusTransition = (problem: TransitionProblem) => {
  switch (problem.kind) {
    case 'not_allowed':
      return statusProblem(
        'cohort.status_transition',
        `A ${problem.from} cohort cannot become ${problem.to}.`,
      );
    case 'too_few_participants':
      return statusProblem(
        'cohort.too_few_participants',
        `A cohort starts with at least ${problem.minimum} enrolled participants; it has ${problem.enrolled}.`,
        { minimum: problem.minimum, enrolled: problem.enrolled },
      );
    case 'sessions_unscheduled':
      return statusProblem(
        'cohort.sessions_unscheduled',
        'Schedule the three sessions before starting.',
      );
  }
};

export const datesRequired = () =>
  new DomainError(
    'cohort.start_date_required',
    'Set the start date first: sessions are generated from it.',
    {
      startsOn: ['is required'],
    },
  );

const outsideCohort = (reason: DomainReason, field: string, from: string, to: string) =>
  new DomainError(
    reason,
    `Sessions take place between ${from} and ${to}.`,
    { [field]: [`must be between ${from} and ${to}`] },
    { from, to },
  );

/** A session moved outside its cohort's dates. */
export const sessionOutsideCohort = (from: string, to: string) =>
  outsideCohort('session.outside_cohort_dates', 'date', from, to);

/** A cohort's dates changed so that they no longer hold its sessions. */
export const sessionsOutsideCohort = (from: string, to: string) =>
  outsideCohort('cohort.sessions_outside_dates', 'endsOn', from, to);

export const sessionTimes = () =>
  new DomainError('session.ends_before_start', 'A session ends after it starts.', {
    endTime: ['must be after startTime'],
  });

export const attendanceRecorded = () =>
  new DomainError(
    'cohort.attendance_recorded',
    'Attendance has been recorded: sessions can no longer be regenerated.',
    {
      startsOn: ['cannot change once attendance has been recorded'],
    },
  );

export const notInCohort = (problems: Problems) =>
  new DomainError(
    'attendance.not_in_cohort',
    'Attendance concerns enrolled participants and session days.',
    problems,
  );

export const csvEncoding = ({ kind, message }: CsvEncodingError) =>
  new DomainError(kind === 'utf8' ? 'pair_import.invalid_utf8' : 'pair_import.not_text', message, {
    file: [message],
  });

export const csvProblems = (problems: LineProblem[]) =>
  new DomainError(
    'pair_import.invalid_lines',
    `The file has ${problems.length} problem(s); nothing was imported.`,
    problemFields(problems),
    { count: problems.length },
  );

export const calendarNotFound = () => new DomainError('calendar.not_found', 'No such calendar.');
