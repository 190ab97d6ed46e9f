import { DomainError } from '../common/problem/domain-error';

export const civicTechNotFound = (id: string) =>
  new DomainError('civic_tech.not_found', `No civic-tech ${id}.`);

export const civicTechSlugTaken = () =>
  new DomainError('civic_tech.slug_taken', 'Another civic-tech already uses this slug.', {
    slug: ['is already used by another civic-tech'],
  });
