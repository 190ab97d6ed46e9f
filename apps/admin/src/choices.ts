import {
  ATTENDANCE_STATUSES,
  CIVIC_TECH_CATEGORIES,
  COHORT_STATUSES,
  COURSE_FORMATS,
  COURSE_STATUSES,
  LOCALES,
  PAIR_STATUSES,
  LIFE_STAGES,
  PARTICIPANT_KINDS,
  PHASES,
  PROTOTYPE_STATUSES,
  ROLES,
  TERRITORY_LEVELS,
  WOULD_USE,
} from './types';

/** Choices whose names are translation keys, which react-admin translates when it shows them. */
const translated = (ids: readonly string[], group: string) =>
  ids.map((id) => ({ id, name: `apprenance.${group}.${id}` }));

export const roleChoices = translated(ROLES, 'roles');
export const localeChoices = translated(LOCALES, 'locales');
export const kindChoices = translated(PARTICIPANT_KINDS, 'kinds');
export const levelChoices = translated(TERRITORY_LEVELS, 'levels');
export const phaseChoices = translated(PHASES, 'phases');
export const formatChoices = translated(COURSE_FORMATS, 'formats');
export const courseStatusChoices = translated(COURSE_STATUSES, 'course_statuses');
export const categoryChoices = translated(CIVIC_TECH_CATEGORIES, 'categories');
export const cohortStatusChoices = translated(COHORT_STATUSES, 'cohort_statuses');
export const pairStatusChoices = translated(PAIR_STATUSES, 'pair_statuses');
export const attendanceChoices = translated(ATTENDANCE_STATUSES, 'attendance_statuses');
export const prototypeStatusChoices = translated(PROTOTYPE_STATUSES, 'prototype_statuses');
export const lifeStageChoices = translated(LIFE_STAGES, 'life_stages');
export const wouldUseChoices = translated(WOULD_USE, 'would_use');
