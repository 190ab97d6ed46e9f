import { DomainError } from '../common/problem/domain-error';

export const territoryNotFound = (id: string) =>
  new DomainError('not_found', `No territory ${id}.`);

export const territoryExists = () =>
  new DomainError('conflict', 'A territory with this name, country and level already exists.', {
    name: ['already exists for this country and level'],
  });

export const territoryInUse = () =>
  new DomainError('conflict', 'Participants still belong to this territory.');
