/**
 * A rule of the domain was broken. Each feature declares its codes in `<feature>.errors.ts`;
 * the problem filter maps every code to an HTTP status in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field → messages, when the error concerns given input fields. */
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Every domain error code and the HTTP status it maps to. */
export const DOMAIN_ERROR_STATUS = {
  not_found: 404,
  conflict: 409,
  invalid_reference: 422,
  forbidden: 403,
  invalid_credentials: 401,
  rule_violation: 422,
  unsupported_media_type: 415,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;
