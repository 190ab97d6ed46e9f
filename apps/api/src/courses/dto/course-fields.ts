/**
 * The field lists of a course and its material, written once: the DTO mappers, the public
 * commons mappers, the open-data export and the audit trail all copy these.
 */

/** A course's own fields that the public commons show: all but its workflow status. */
export const PUBLIC_COURSE_FIELDS = [
  'slug',
  'titleFr',
  'titleEn',
  'summaryFr',
  'summaryEn',
  'descriptionFr',
  'descriptionEn',
  'format',
  'licence',
  'minAttendancePercent',
  'requireAcceptedPrototype',
] as const;

/** A course's own fields, as its editors read and change them. */
export const COURSE_FIELDS = [...PUBLIC_COURSE_FIELDS, 'status'] as const;

/** A resource's fields that the public commons show and export (the public add a file URL). */
export const PUBLIC_RESOURCE_FIELDS = [
  'position',
  'kind',
  'title',
  'description',
  'language',
  'licence',
  'url',
  'body',
  'fileName',
  'contentType',
  'sizeBytes',
  'sha256',
] as const;

/** A resource's fields, as its editors read and change them. */
export const RESOURCE_FIELDS = ['moduleId', ...PUBLIC_RESOURCE_FIELDS] as const;

/** A module's own fields (its course and phase come from the phase it belongs to). */
export const MODULE_FIELDS = ['position', 'titleFr', 'titleEn', 'summaryFr', 'summaryEn'] as const;

/** A phase's fields stored as they are shown (its budgets are numeric columns, read as text). */
export const PHASE_FIELDS = ['phase', 'position', 'objectivesFr', 'objectivesEn'] as const;
