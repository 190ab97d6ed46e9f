import { type FieldProps, type RaRecord, useLocaleState, useRecordContext } from 'react-admin';

/** `(record, 'title')` → `record.titleFr` or `record.titleEn`, in the interface's language. */
export const useBilingual = () => {
  const [locale] = useLocaleState();
  return (record: RaRecord | undefined, source: string): string =>
    record ? String(record[`${source}${locale === 'en' ? 'En' : 'Fr'}`] ?? '') : '';
};

/** `titleFr` or `titleEn` of the record, for `source="title"`, in the interface's language. */
export const BilingualField = ({ source }: FieldProps & { source: string }) => {
  const text = useBilingual()(useRecordContext(), source);
  return <span>{text}</span>;
};

/** The record's title in the interface's language (a resource's representation). */
export const TitleRepresentation = () => <BilingualField source="title" />;
