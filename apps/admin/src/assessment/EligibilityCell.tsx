import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { reasonText } from './reasonText';
import type { ParticipantEligibility } from './types';

/** Eligible, or not with every reason in words (not by colour alone). */
export const EligibilityCell = ({ row }: { row: ParticipantEligibility | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!row) return <>—</>;
  return (
    <Stack sx={{ gap: 0.5, minWidth: 200 }} data-testid={`eligibility-${row.participantId}`}>
      <Chip
        size="small"
        variant="outlined"
        color={row.eligible ? 'success' : 'default'}
        label={translate(row.eligible ? 'assessment.eligible' : 'assessment.not_eligible')}
        sx={{ alignSelf: 'flex-start' }}
      />
      {row.reasons.length > 0 && (
        <Typography component="ul" variant="body2" sx={{ m: 0, pl: 2 }}>
          {row.reasons.map((reason, i) => (
            <li key={i}>{reasonText(reason, translate, locale)}</li>
          ))}
        </Typography>
      )}
    </Stack>
  );
};
