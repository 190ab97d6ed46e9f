import { DomainError } from '../common/problem/domain-error';

export const testLogNotFound = (id: string) =>
  new DomainError('test_log.not_found', `No test log ${id}.`);

export const notInPair = () =>
  new DomainError(
    'test_log.not_in_pair',
    'Only a member of an enrolled pair of this cohort records its tests.',
    { cohortId: ['you are not in an enrolled pair of this cohort'] },
  );

export const unknownCivicTech = () =>
  new DomainError('test_log.unknown_civic_tech', 'The civic-tech is not in the catalogue.', {
    civicTechId: ['does not match a civic-tech of the catalogue'],
  });
