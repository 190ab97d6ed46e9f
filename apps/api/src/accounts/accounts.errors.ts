import { DomainError } from '../common/problem/domain-error';

/** Unknown, forged or replaced by a newer link: the same answer, nothing to learn from it. */
export const linkInvalid = () =>
  new DomainError('account.link_invalid', 'This link is not valid; ask for a new one.');

export const linkUsed = () =>
  new DomainError('account.link_used', 'This link was already used; ask for a new one.');

export const linkExpired = () =>
  new DomainError('account.link_expired', 'This link has expired; ask for a new one.');

export const wrongCurrentPassword = () =>
  new DomainError('account.wrong_current_password', 'The current password is wrong.', {
    currentPassword: ['is wrong'],
  });
