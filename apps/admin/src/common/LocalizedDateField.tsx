import { DateField, type DateFieldProps, useLocaleState } from 'react-admin';

/** A DateField in the interface's language rather than the browser's. */
export const LocalizedDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};
