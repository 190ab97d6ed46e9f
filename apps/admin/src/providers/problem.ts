/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The specific reason, e.g. `cohort.capacity_below_enrolled`, translated under `apprenance.problems`. */
  reason?: string;
  /** The values the reason's translation interpolates, e.g. `%{seats}`. */
  params?: Record<string, string | number>;
  errors?: Record<string, string[]>;
}

export interface ProblemError {
  message: string;
  body: unknown;
}

/** The i18n provider's translate: polyglot answers with `_` when it has no such key. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Turns a problem document into an HttpError's message and body. The message is the reason
 * in the person's language, or the api's (English) detail for a reason this app does not
 * know. With field errors the body carries react-admin's `errors` map (field → message), so
 * forms show each message under its input and notify their own translated "invalid form"
 * message.
 */
export function problemError(
  body: unknown,
  fallbackMessage: string,
  translate: Translate,
): ProblemError {
  if (!isProblem(body)) return { message: fallbackMessage, body };
  const detail = body.detail || body.title || fallbackMessage;
  const message = body.reason
    ? translate(`apprenance.problems.${body.reason}`, { ...body.params, _: detail })
    : detail;
  if (!body.errors || Object.keys(body.errors).length === 0) return { message, body };
  const errors = Object.entries(body.errors).map(([field, messages]) => [
    field,
    messages.join(' '),
  ]);
  return { message, body: { ...body, errors: Object.fromEntries(errors) } };
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}
