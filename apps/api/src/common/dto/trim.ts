/** class-transformer `@Transform`s that tidy strings and leave other values to the validators. */
type TransformInput = { value: unknown };

export const trim = ({ value }: TransformInput) =>
  typeof value === 'string' ? value.trim() : value;

/** Emails and language codes: compared in lower case. */
export const trimLower = ({ value }: TransformInput) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Country codes: compared in upper case. */
export const trimUpper = ({ value }: TransformInput) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
