import { DomainError } from '../common/problem/domain-error';

export const participantNotEnrolled = () =>
  new DomainError(
    'assessment.participant_not_enrolled',
    'Only the enrolled participants of the cohort can be assessed in it.',
    { participantId: ['is not an enrolled participant of this cohort'] },
  );
