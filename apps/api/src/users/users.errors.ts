import { DomainError } from '../common/problem/domain-error';

export const userNotFound = (id: string) => new DomainError('user.not_found', `No user ${id}.`);

export const emailTaken = () =>
  new DomainError('user.email_taken', 'Another account already uses this email.', {
    email: ['is already used by another account'],
  });

export const cannotRemoveSelf = () =>
  new DomainError('user.cannot_remove_self', 'You cannot delete or deactivate your own account.');

export const userStillReferenced = () =>
  new DomainError(
    'user.still_referenced',
    'This user is still referenced; deactivate the account instead.',
  );

export const unknownTerritory = () =>
  new DomainError('user.unknown_territory', 'The territory does not exist.', {
    territoryId: ['does not match an existing territory'],
  });

export const participantProfileRequired = (missing: string[]) =>
  new DomainError(
    'user.participant_profile_required',
    'A participant needs a kind (political or technical) and a territory.',
    Object.fromEntries(missing.map((field) => [field, ['is required for a participant']])),
  );

export const participantFieldsOnly = (fields: string[]) =>
  new DomainError(
    'user.participant_fields_only',
    'Only participants have a kind, a territory and a position.',
    Object.fromEntries(fields.map((field) => [field, ['is only for participants']])),
  );

export const alreadyOpened = () =>
  new DomainError(
    'user.already_opened',
    'This account is already open; its owner can reset their password instead.',
  );
