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

/** The three phases every course goes through, in this order. */
export const PHASES = [
  'free_software_culture',
  'civic_tech_testing',
  'strategic_application',
] as const;
export type Phase = (typeof PHASES)[number];

/** `short`: three half-days, one per phase; `deep`: three sessions of three days, one per phase. */
export const COURSE_FORMATS = ['short', 'deep'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** What a course resource is: a link, an uploaded file, or rich text (Markdown). */
export const RESOURCE_KINDS = ['link', 'file', 'text'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** What a civic-tech is used for; a tool usually has several. */
export const CIVIC_TECH_CATEGORIES = [
  'participation',
  'deliberation',
  'participatory_budgeting',
  'mapping',
  'open_data',
  'consultation',
  'collaboration',
  'petitions',
  'voting',
  'issue_reporting',
  'transparency',
] as const;
export type CivicTechCategory = (typeof CIVIC_TECH_CATEGORIES)[number];
