import { HttpError } from 'react-admin';

/**
 * The field errors of a refused request, for a react-admin `Form`'s `onSubmit` to return so
 * each message shows under its input (`problemError` has already joined them per field).
 */
export const submissionErrors = (error: unknown): Record<string, string> | undefined =>
  error instanceof HttpError ? error.body?.errors : undefined;
