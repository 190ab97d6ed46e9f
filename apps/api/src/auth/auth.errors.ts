import { DomainError } from '../common/problem/domain-error';

export const accountGone = () =>
  new DomainError('auth.account_gone', 'The account no longer exists.');
