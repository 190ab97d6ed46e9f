import { PHASES } from '@apprenance/db';
import { DomainError } from '../common/problem/domain-error';

export const courseNotFound = (id: string) =>
  new DomainError('course.not_found', `No course ${id}.`);

export const moduleNotFound = (id: string) =>
  new DomainError('course_module.not_found', `No course module ${id}.`);

export const resourceNotFound = (id: string) =>
  new DomainError('course_resource.not_found', `No course resource ${id}.`);

export const fileMissing = (id: string) =>
  new DomainError(
    'course_resource.file_missing',
    `The file of resource ${id} is missing from the storage.`,
  );

export const slugTaken = () =>
  new DomainError('course.slug_taken', 'Another course already uses this slug.', {
    slug: ['is already used by another course'],
  });

export const courseInUse = () =>
  new DomainError('course.in_use', 'Cohorts still run this course; archive it instead.');

export const phasesOutOfOrder = (given: string[]) =>
  new DomainError(
    'course.phases_out_of_order',
    `A course has exactly three phases, in this order: ${PHASES.join(', ')}.`,
    { phases: [`must be ${PHASES.join(', ')} in this order; got ${given.join(', ') || 'none'}`] },
  );

export const phaseNotInCourse = (phase: string) =>
  new DomainError(
    'course.phase_not_in_course',
    `The course has no phase ${phase}.`,
    { phase: ['is not a phase of this course'] },
    { phase },
  );

export const unknownModule = () =>
  new DomainError('course_resource.unknown_module', 'The module does not exist.', {
    moduleId: ['does not match an existing module'],
  });

export const unknownCourse = () =>
  new DomainError('course_module.unknown_course', 'The course does not exist.', {
    courseId: ['does not match an existing course'],
  });

export const notTrainers = (ids: string[]) =>
  new DomainError('course.not_trainers', 'Only trainers can be assigned to a course.', {
    trainerIds: [`are not trainers: ${ids.join(', ')}`],
  });

export const notAssigned = () =>
  new DomainError(
    'course.not_assigned',
    'Only the trainers assigned to this course may change it.',
  );

export const adminOnlyFields = (fields: string[]) =>
  new DomainError(
    'course.admin_only_fields',
    'Only an admin may change these fields.',
    Object.fromEntries(fields.map((field) => [field, ['may only be changed by an admin']])),
  );

export const fieldsOfOtherKind = (kind: string, fields: string[]) =>
  new DomainError(
    'course_resource.fields_of_other_kind',
    `A ${kind} resource does not take these fields.`,
    Object.fromEntries(fields.map((field) => [field, [`is not used by a ${kind} resource`]])),
    { kind },
  );

export const fieldRequired = (kind: string, field: string) =>
  new DomainError(
    'course_resource.field_required',
    `A ${kind} resource needs ${field}.`,
    { [field]: [`is required for a ${kind} resource`] },
    { kind, field },
  );

export const emptyUpload = () =>
  new DomainError('upload.empty', 'The upload has no file.', { file: ['is required'] });

export const unsupportedFile = (detail: string) =>
  new DomainError('upload.unsupported_format', detail, { file: ['is not an accepted format'] });

export const fileMismatch = (detail: string) =>
  new DomainError('upload.content_mismatch', detail, { file: [detail] });
