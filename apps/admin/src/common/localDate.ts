/**
 * A calendar date (`2027-03-15`) in the interface's language. The api sends local dates of the
 * cohort's time zone, so the date is formatted as is, never shifted into the browser's zone.
 */
export function formatLocalDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An empty input clears a nullable field rather than sending an empty string. */
export const nullIfEmpty = (value: string | null) => (value === '' ? null : value);

/**
 * A cleared input of a text field that cannot be null sends `''` (react-admin's inputs turn an
 * empty input into `null`, which the api refuses with 400 on such fields).
 */
export const emptyIfCleared = (value: string | null) => value ?? '';
