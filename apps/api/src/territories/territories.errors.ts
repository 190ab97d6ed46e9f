import { DomainError } from '../common/problem/domain-error';

export const territoryNotFound = (id: string) =>
  new DomainError('territory.not_found', `No territory ${id}.`);

export const territoryExists = () =>
  new DomainError(
    'territory.exists',
    'A territory with this name, country and level already exists.',
    {
      name: ['already exists for this country and level'],
    },
  );

export const territoryInUse = () =>
  new DomainError('territory.in_use', 'Participants still belong to this territory.');
