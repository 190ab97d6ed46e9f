import { type FieldProps, useFieldValue, useLocaleState } from 'react-admin';
import { formatLocalDate } from './localDate';

/** A calendar date (no time, no zone) in the interface's language. */
export const LocalDateField = (props: FieldProps) => {
  const [locale] = useLocaleState();
  return <span>{formatLocalDate(useFieldValue(props) as string | null, locale)}</span>;
};
