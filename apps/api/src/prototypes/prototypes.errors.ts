import { DomainError } from '../common/problem/domain-error';

export const prototypeNotFound = (id: string) =>
  new DomainError('prototype.not_found', `No prototype ${id}.`);

export const versionNotFound = (number: number) =>
  new DomainError('prototype.version_not_found', `No version ${number}.`, {}, { number });

export const attachmentNotFound = (id: string) =>
  new DomainError('prototype.attachment_not_found', `No attachment ${id}.`);

export const prototypeExists = () =>
  new DomainError('prototype.exists', 'This pair already has a prototype.', {
    pairId: ['already has a prototype'],
  });

export const unknownPair = () =>
  new DomainError('prototype.unknown_pair', 'The pair is not an enrolled pair.', {
    pairId: ['does not match an enrolled pair'],
  });

export const notMember = () =>
  new DomainError('prototype.not_member', "Only the pair's two members may do this.");

export const notTrainer = () =>
  new DomainError('prototype.not_trainer', "Only the cohort's trainers (and admins) may do this.");

export const notEditable = (status: string) =>
  new DomainError(
    'prototype.not_editable',
    `The prototype is ${status}: its version is frozen until a trainer requests changes.`,
    {},
    { status },
  );

export const incomplete = (fields: Record<string, string[]>) =>
  new DomainError(
    'prototype.incomplete',
    `Fill in ${Object.keys(fields).join(', ')} before submitting.`,
    fields,
  );

export const transitionNotAllowed = (from: string, to: string) =>
  new DomainError(
    'prototype.transition_not_allowed',
    `A ${from} prototype cannot become ${to}.`,
    { to: [`is not allowed from ${from}`] },
    { from, to },
  );

export const unknownCivicTechs = (ids: string[]) =>
  new DomainError('prototype.unknown_civic_tech', 'Some civic-techs are not in the catalogue.', {
    civicTechs: [`are not in the catalogue: ${ids.join(', ')}`],
  });

export const attachmentType = (contentType: string) =>
  new DomainError(
    'prototype.attachment_type',
    `Attach slides, a PDF or an image, not ${contentType}.`,
    { file: ['must be slides (ODP, PPTX), a PDF or an image (PNG, JPEG)'] },
    { contentType },
  );
