import type { DomainErrorCode } from './domain-error';

/**
 * Every reason a domain error can give, and the code (hence the HTTP status) it belongs to.
 * The reason is the stable, specific identity a person reads, translated by the web app;
 * the code only groups reasons for clients that care about the kind of failure.
 */
export const DOMAIN_REASONS = {
  'attendance.not_in_cohort': 'rule_violation',
  'audit.not_found': 'not_found',
  'auth.account_gone': 'not_found',
  'auth.account_inactive': 'unauthorized',
  'auth.invalid_credentials': 'invalid_credentials',
  'auth.no_access_rule': 'forbidden',
  'auth.role_forbidden': 'forbidden',
  'auth.token_invalid': 'unauthorized',
  'auth.token_required': 'unauthorized',
  'calendar.not_found': 'not_found',
  'civic_tech.not_found': 'not_found',
  'civic_tech.slug_taken': 'conflict',
  'cohort.attendance_recorded': 'conflict',
  'cohort.capacity_below_enrolled': 'rule_violation',
  'cohort.closed': 'rule_violation',
  'cohort.course_not_published': 'rule_violation',
  'cohort.ends_before_start': 'rule_violation',
  'cohort.invalid_time_zone': 'rule_violation',
  'cohort.invalid_trainers': 'invalid_reference',
  'cohort.not_course_trainer': 'forbidden',
  'cohort.not_found': 'not_found',
  'cohort.not_open_for_applications': 'rule_violation',
  'cohort.not_trainer': 'forbidden',
  'cohort.place_required': 'rule_violation',
  'cohort.sessions_outside_dates': 'rule_violation',
  'cohort.sessions_unscheduled': 'rule_violation',
  'cohort.start_date_required': 'rule_violation',
  'cohort.status_transition': 'rule_violation',
  'cohort.too_few_participants': 'rule_violation',
  'cohort.unknown_course': 'invalid_reference',
  'commons.course_not_published': 'not_found',
  'commons.resource_not_published': 'not_found',
  'course.admin_only_fields': 'forbidden',
  'course.in_use': 'conflict',
  'course.not_assigned': 'forbidden',
  'course.not_found': 'not_found',
  'course.not_trainers': 'invalid_reference',
  'course.phase_not_in_course': 'invalid_reference',
  'course.phases_out_of_order': 'rule_violation',
  'course.slug_taken': 'conflict',
  'course_module.not_found': 'not_found',
  'course_module.unknown_course': 'invalid_reference',
  'course_resource.field_required': 'rule_violation',
  'course_resource.fields_of_other_kind': 'rule_violation',
  'course_resource.file_missing': 'not_found',
  'course_resource.not_found': 'not_found',
  'course_resource.unknown_module': 'invalid_reference',
  'list.unsortable_field': 'rule_violation',
  'pair.cannot_accept': 'rule_violation',
  'pair.cannot_decline': 'rule_violation',
  'pair.cannot_withdraw': 'rule_violation',
  'pair.different_territories': 'rule_violation',
  'pair.member_in_other_cohort': 'conflict',
  'pair.member_in_this_cohort': 'conflict',
  'pair.member_not_participant': 'rule_violation',
  'pair.not_found': 'not_found',
  'pair.same_person': 'rule_violation',
  'pair.unknown_member': 'invalid_reference',
  'pair.wrong_kind': 'rule_violation',
  'pair_import.file_too_large': 'rule_violation',
  'pair_import.invalid_lines': 'rule_violation',
  'pair_import.invalid_utf8': 'rule_violation',
  'pair_import.not_text': 'rule_violation',
  'session.ends_before_start': 'rule_violation',
  'session.not_found': 'not_found',
  'session.outside_cohort_dates': 'rule_violation',
  'territory.exists': 'conflict',
  'territory.in_use': 'conflict',
  'territory.not_found': 'not_found',
  'upload.content_mismatch': 'rule_violation',
  'upload.empty': 'rule_violation',
  'upload.unsupported_format': 'unsupported_media_type',
  'user.cannot_remove_self': 'rule_violation',
  'user.email_taken': 'conflict',
  'user.not_found': 'not_found',
  'user.participant_fields_only': 'rule_violation',
  'user.participant_profile_required': 'rule_violation',
  'user.still_referenced': 'conflict',
  'user.unknown_territory': 'invalid_reference',
} as const satisfies Record<string, DomainErrorCode>;

export type DomainReason = keyof typeof DOMAIN_REASONS;

/** The reasons of problems raised outside the domain: by HTTP, the body parsers, uploads. */
export const REQUEST_REASONS = [
  'request.aborted',
  'request.body_too_large',
  'request.invalid_fields',
  'request.malformed_json',
  'request.rejected',
  'request.throttled',
  'request.unreadable_body',
  'request.unsupported_charset',
  'request.unsupported_encoding',
  'route.not_found',
  'server.internal_error',
  'server.unavailable',
  'upload.too_large',
  'upload.unreadable',
] as const;

export type RequestReason = (typeof REQUEST_REASONS)[number];

export type ProblemReason = DomainReason | RequestReason;

/** Every reason the api can answer with: what the web app must translate. */
export const PROBLEM_REASONS: readonly ProblemReason[] = [
  ...(Object.keys(DOMAIN_REASONS) as DomainReason[]),
  ...REQUEST_REASONS,
];

/** Values a reason's translation interpolates, e.g. `{ seats: 4 }` for `%{seats}`. */
export type ProblemParams = Record<string, string | number>;
