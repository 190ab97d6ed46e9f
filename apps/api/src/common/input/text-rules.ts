/**
 * What no stored or searched text may hold, whatever the field: Postgres refuses NUL and
 * lone UTF-16 surrogates (so they used to end as 500s), and C0 control characters other than
 * tab and line breaks only serve to smuggle lines into exported files.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Why this text is refused, or undefined when it is acceptable. */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  // With the u flag a well-formed pair is one code point, so only a lone half matches.
  if (/\p{Cs}/u.test(value)) return 'must be well-formed Unicode (no lone surrogate)';
  if (FORBIDDEN_CONTROL.test(value)) return 'must not contain control characters';
  return undefined;
}

/** A single-line field (a name, a title) may not hold line breaks either. */
export function singleLineProblem(value: string): string | undefined {
  return textProblem(value) ?? (/[\r\n]/.test(value) ? 'must fit on one line' : undefined);
}
