export const ROLES = ['admin', 'trainer', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A participant is either the elected official or the civil servant of a pair. */
export const PARTICIPANT_KINDS = ['political', 'technical'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const TERRITORY_LEVELS = [
  'municipality',
  'inter_municipality',
  'department_or_province',
  'region',
  'other',
] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];
