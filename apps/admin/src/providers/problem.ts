/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
}

export interface ProblemError {
  message: string;
  body: unknown;
}

/**
 * Turns a problem document into an HttpError's message and body. With field errors the body
 * carries react-admin's `errors` map (field → message), so forms show each message under its
 * input and notify their own translated "invalid form" message.
 */
export function problemError(body: unknown, fallbackMessage: string): ProblemError {
  if (!isProblem(body)) return { message: fallbackMessage, body };
  const message = body.detail || body.title || fallbackMessage;
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
