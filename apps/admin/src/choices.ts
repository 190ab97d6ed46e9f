import { LOCALES, PARTICIPANT_KINDS, ROLES, TERRITORY_LEVELS } from './types';

/** Choices whose names are translation keys, which react-admin translates when it shows them. */
const translated = (ids: readonly string[], group: string) =>
  ids.map((id) => ({ id, name: `apprenance.${group}.${id}` }));

export const roleChoices = translated(ROLES, 'roles');
export const localeChoices = translated(LOCALES, 'locales');
export const kindChoices = translated(PARTICIPANT_KINDS, 'kinds');
export const levelChoices = translated(TERRITORY_LEVELS, 'levels');
