import { DomainError } from '../common/problem/domain-error';

export const certificateNotFound = (id: string) =>
  new DomainError('certificate.not_found', `No certificate ${id}.`);

export const batchNotFound = (id: string) =>
  new DomainError('certificate.batch_not_found', `No certificate batch ${id}.`);

export const notEnrolled = () =>
  new DomainError(
    'certificate.not_participant',
    'This person is not a participant of the cohort.',
    {
      participantId: ['is not an enrolled participant of this cohort'],
    },
  );

/** The reasons come from the assessment's eligibility rules, one message per reason. */
export const notEligible = (reasons: string[]) =>
  new DomainError(
    'certificate.not_eligible',
    `Not eligible for a certificate: ${reasons.join('; ')}.`,
    { participantId: reasons },
    { reasons: reasons.join('; '), count: reasons.length },
  );

export const alreadyCertified = () =>
  new DomainError(
    'certificate.already_valid',
    'This participant already has a valid certificate for this cohort; re-issue it instead.',
    { participantId: ['already has a valid certificate for this cohort'] },
  );

export const noneEligible = () =>
  new DomainError(
    'certificate.none_eligible',
    'No eligible participant of this cohort is without a valid certificate.',
  );

export const notRevocable = (status: string) =>
  new DomainError(
    'certificate.not_revocable',
    `A ${status} certificate cannot be revoked.`,
    {},
    { status },
  );

export const notReissuable = (status: string) =>
  new DomainError(
    'certificate.not_reissuable',
    `Only a valid (pending or issued) certificate can be re-issued, not a ${status} one.`,
    {},
    { status },
  );

export const statusListNotFound = (list: number) =>
  new DomainError('certificate.status_list_not_found', `No status list ${list}.`, {}, { list });

export const nothingToVerify = () =>
  new DomainError(
    'certificate.verify_input_missing',
    'Send a certificate PDF as the multipart field "file", or a credential as "credential".',
    { file: ['send a certificate PDF, or a credential as the field "credential"'] },
  );

export const fileMissing = (id: string) =>
  new DomainError('certificate.not_issued', `Certificate ${id} has no PDF yet.`);
