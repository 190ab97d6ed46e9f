import { DomainError } from '../common/problem/domain-error';

export const messageNotFound = (id: string) =>
  new DomainError('message.not_found', `No message ${id}.`);

export const messageNotFailed = () =>
  new DomainError(
    'message.not_failed',
    'Only a message whose delivery failed can be retried; this one is pending or sent.',
  );
