/** What a trainer records for a participant and a phase (validation des acquis). */
export const ASSESSMENT_STATUSES = ['acquired', 'not_yet'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
