import { DomainError } from '../common/problem/domain-error';
import { LineProblem, problemFields } from '../pairs/pair-csv';
import { Problems } from '@apprenance/domain';

export const cohortNotFound = (id: string) => new DomainError('not_found', `No cohort ${id}.`);

export const pairNotFound = (id: string) => new DomainError('not_found', `No pair ${id}.`);

export const sessionNotFound = (id: string) => new DomainError('not_found', `No session ${id}.`);

export const notCohortTrainer = () =>
  new DomainError('forbidden', 'Only the trainers of this cohort and admins may do this.');

export const notCourseTrainer = () =>
  new DomainError('forbidden', 'Only admins and trainers of the course may create its cohorts.', {
    courseId: ['you are not a trainer of this course'],
  });

export const unknownCourse = () =>
  new DomainError('invalid_reference', 'The course does not exist.', {
    courseId: ['does not match an existing course'],
  });

export const courseNotPublished = () =>
  new DomainError('rule_violation', 'Cohorts run published courses only.', {
    courseId: ['must be a published course'],
  });

export const invalidTrainers = () =>
  new DomainError('invalid_reference', 'Every trainer must be an active trainer or admin.', {
    trainerIds: ['must be ids of trainers'],
  });

export const invalidTimeZone = () =>
  new DomainError('rule_violation', 'Unknown time zone.', {
    timeZone: ['must be an IANA time zone such as Europe/Paris'],
  });

export const placeRequired = () =>
  new DomainError('rule_violation', 'A cohort meets at a venue or online.', {
    venue: ['is required unless the cohort is online'],
  });

export const capacityBelowEnrolled = (seats: number) =>
  new DomainError('rule_violation', `${seats} seats are already taken.`, {
    capacity: [`must be at least the ${seats} seats already taken`],
  });

export const cohortClosed = () =>
  new DomainError('rule_violation', 'This cohort is finished; its pairs can no longer change.');

export const notOpenForApplications = () =>
  new DomainError('rule_violation', 'This cohort does not take applications.');

/** A pair breaking a rule (422), or whose member is already taken (409). */
export const invalidPairOrConflict = (problems: Problems) => {
  const messages = Object.values(problems).flat();
  const taken = messages.every((m) => m.startsWith('is already in'));
  return taken
    ? new DomainError('conflict', 'A member of this pair is already in a cohort.', problems)
    : new DomainError('rule_violation', 'This is not a valid pair.', problems);
};

export const sameApplicant = () =>
  new DomainError('rule_violation', 'A pair is two different people.', {
    'technical.email': ['must be a different person from the political member'],
  });

export const endsBeforeStart = (startsOn: string) =>
  new DomainError('rule_violation', `The cohort starts on ${startsOn}.`, {
    endsOn: [`must be on or after ${startsOn}`],
  });

export const alreadyInCohort = (field: string) =>
  new DomainError('conflict', 'This person is already in a pair of this cohort.', {
    [field]: ['is already in a pair of this cohort'],
  });

export const pairTransition = (from: string, action: string) =>
  new DomainError('rule_violation', `A pair that is ${from} cannot be ${action}.`, {
    status: [`is ${from}`],
  });

export const statusTransition = (message: string) =>
  new DomainError('rule_violation', message, { status: [message] });

export const datesRequired = () =>
  new DomainError('rule_violation', 'Set the start date first: sessions are generated from it.', {
    startsOn: ['is required'],
  });

export const sessionOutsideCohort = (field: string, from: string, to: string) =>
  new DomainError('rule_violation', `Sessions take place between ${from} and ${to}.`, {
    [field]: [`must be between ${from} and ${to}`],
  });

export const sessionTimes = () =>
  new DomainError('rule_violation', 'A session ends after it starts.', {
    endTime: ['must be after startTime'],
  });

export const attendanceRecorded = () =>
  new DomainError(
    'conflict',
    'Attendance has been recorded: sessions can no longer be regenerated.',
    {
      startsOn: ['cannot change once attendance has been recorded'],
    },
  );

export const notInCohort = (problems: Problems) =>
  new DomainError(
    'rule_violation',
    'Attendance concerns enrolled participants and session days.',
    problems,
  );

export const csvEncoding = (message: string) =>
  new DomainError('rule_violation', message, { file: [message] });

export const csvProblems = (problems: LineProblem[]) =>
  new DomainError(
    'rule_violation',
    `The file has ${problems.length} problem(s); nothing was imported.`,
    problemFields(problems),
  );

export const calendarNotFound = () => new DomainError('not_found', 'No such calendar.');
