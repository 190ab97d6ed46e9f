import { DomainError } from '../common/problem/domain-error';

export const notCohortParticipant = () =>
  new DomainError(
    'conviction.not_in_cohort',
    'Only a member of an enrolled pair of this cohort answers its conviction questionnaire.',
    { cohortId: ['you are not in an enrolled pair of this cohort'] },
  );

export const convictionNotOpen = (moment: string, opensAt: Date | null) =>
  new DomainError(
    'conviction.not_open',
    `The "${moment}" questionnaire opens on the last day of training.`,
    { moment: ['not open yet'] },
    { opensAt: opensAt?.toISOString() ?? '' },
  );

export const convictionClosed = (moment: string) =>
  new DomainError('conviction.closed', `The "${moment}" questionnaire is closed.`, {
    moment: ['closed'],
  });

export const pairNotFound = (id: string) =>
  new DomainError('follow_up.pair_not_found', `No enrolled pair ${id} that you may follow up.`);

export const cohortNotEnded = () =>
  new DomainError(
    'follow_up.cohort_not_ended',
    'A follow-up is recorded only after the cohort has ended.',
    { milestone: ['the cohort has not ended'] },
  );

export const milestoneNotDue = (dueAt: Date) =>
  new DomainError(
    'follow_up.milestone_not_due',
    'This follow-up is not due yet.',
    { milestone: ['not due yet'] },
    { dueAt: dueAt.toISOString() },
  );

export const fundingWithoutSecured = () =>
  new DomainError(
    'follow_up.funding_details_without_funding',
    'An amount or a source of funding is given only when funding is secured.',
    { fundingSecured: ['must be true when an amount or a source is given'] },
  );

export const unknownCivicTech = () =>
  new DomainError(
    'follow_up.unknown_civic_tech',
    'A deployed civic-tech is not in the catalogue.',
    {
      civicTechIds: ['must be civic-techs of the catalogue'],
    },
  );

export const courseNotFound = (id: string) =>
  new DomainError('impact.course_not_found', `No course ${id}.`);

export const dashboardNotPublic = (id: string) =>
  new DomainError('impact.not_public', `The impact of course ${id} is not published.`);
