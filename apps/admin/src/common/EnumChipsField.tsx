import { Chip, Stack } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';

interface EnumChipsFieldProps extends FieldProps {
  /** The translation group of the values, e.g. `categories` for `apprenance.categories.*`. */
  group?: string;
}

/** An array of values as chips; enumerations are translated, free text (languages) is not. */
export const EnumChipsField = ({ group, ...props }: EnumChipsFieldProps) => {
  const translate = useTranslate();
  const values = (useFieldValue(props) as string[] | undefined) ?? [];
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {values.map((value) => (
        <Chip
          key={value}
          size="small"
          label={group ? translate(`apprenance.${group}.${value}`) : value}
        />
      ))}
    </Stack>
  );
};
