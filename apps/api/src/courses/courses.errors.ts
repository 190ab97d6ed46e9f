import { PHASES } from '@apprenance/db';
import { DomainError } from '../common/problem/domain-error';

export const courseNotFound = (id: string) => new DomainError('not_found', `No course ${id}.`);

export const moduleNotFound = (id: string) =>
  new DomainError('not_found', `No course module ${id}.`);

export const resourceNotFound = (id: string) =>
  new DomainError('not_found', `No course resource ${id}.`);

export const fileMissing = (id: string) =>
  new DomainError('not_found', `The file of resource ${id} is missing from the storage.`);

export const slugTaken = () =>
  new DomainError('conflict', 'Another course already uses this slug.', {
    slug: ['is already used by another course'],
  });

export const courseInUse = () =>
  new DomainError('conflict', 'Cohorts still run this course; archive it instead.');

export const phasesOutOfOrder = (given: string[]) =>
  new DomainError(
    'rule_violation',
    `A course has exactly three phases, in this order: ${PHASES.join(', ')}.`,
    { phases: [`must be ${PHASES.join(', ')} in this order; got ${given.join(', ') || 'none'}`] },
  );

export const phaseNotInCourse = (phase: string) =>
  new DomainError('invalid_reference', `The course has no phase ${phase}.`, {
    phase: ['is not a phase of this course'],
  });

export const unknownModule = () =>
  new DomainError('invalid_reference', 'The module does not exist.', {
    moduleId: ['does not match an existing module'],
  });

export const unknownCourse = () =>
  new DomainError('invalid_reference', 'The course does not exist.', {
    courseId: ['does not match an existing course'],
  });

export const notTrainers = (ids: string[]) =>
  new DomainError('invalid_reference', 'Only trainers can be assigned to a course.', {
    trainerIds: [`are not trainers: ${ids.join(', ')}`],
  });

export const notAssigned = () =>
  new DomainError('forbidden', 'Only the trainers assigned to this course may change it.');

export const adminOnlyFields = (fields: string[]) =>
  new DomainError(
    'forbidden',
    'Only an admin may change these fields.',
    Object.fromEntries(fields.map((field) => [field, ['may only be changed by an admin']])),
  );

export const fieldsOfOtherKind = (kind: string, fields: string[]) =>
  new DomainError(
    'rule_violation',
    `A ${kind} resource does not take these fields.`,
    Object.fromEntries(fields.map((field) => [field, [`is not used by a ${kind} resource`]])),
  );

export const fieldRequired = (kind: string, field: string) =>
  new DomainError('rule_violation', `A ${kind} resource needs ${field}.`, {
    [field]: [`is required for a ${kind} resource`],
  });

export const emptyUpload = () =>
  new DomainError('rule_violation', 'The upload has no file.', { file: ['is required'] });

export const unsupportedFile = (detail: string) =>
  new DomainError('unsupported_media_type', detail, { file: ['is not an accepted format'] });

export const fileMismatch = (detail: string) =>
  new DomainError('rule_violation', detail, { file: [detail] });
