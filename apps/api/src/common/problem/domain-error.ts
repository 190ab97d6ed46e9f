import { DOMAIN_REASONS, DomainReason, ProblemParams } from './reasons';

/**
 * A rule of the domain was broken. Each feature declares its errors in `<feature>.errors.ts`
 * by a specific reason; the reason gives the code, and the problem filter maps every code to
 * an HTTP status in one place.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(
    readonly reason: DomainReason,
    message: string,
    /** Field → messages, when the error concerns given input fields. */
    readonly fields?: Record<string, string[]>,
    /** The values the translated message needs, e.g. `{ seats: 4 }`. */
    readonly params?: ProblemParams,
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = DOMAIN_REASONS[reason];
  }
}

/** Every domain error code and the HTTP status it maps to. */
export const DOMAIN_ERROR_STATUS = {
  not_found: 404,
  conflict: 409,
  invalid_reference: 422,
  forbidden: 403,
  unauthorized: 401,
  invalid_credentials: 401,
  rule_violation: 422,
  unsupported_media_type: 415,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;
