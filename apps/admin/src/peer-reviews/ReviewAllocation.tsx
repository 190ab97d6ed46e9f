import {
  Checkbox,
  FormControlLabel,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { prototypeApi } from '../providers/prototypeApi';
import { usePrototypeQuery } from '../prototypes/usePrototypeQuery';

/**
 * For the cohort chosen in the filter: allocate reviewers (each pair reviews N others and
 * receives N), then follow the spread of scores per prototype and who has not reviewed yet.
 */
export const ReviewAllocation = () => {
  const { filterValues } = useListContext();
  const cohortId = filterValues.cohortId as string | undefined;
  const translate = useTranslate();
  const locale = useLocale();
  const [perPair, setPerPair] = useState(2);
  const [showNames, setShowNames] = useState(false);
  const summary = usePrototypeQuery(
    ['summary', cohortId],
    () => prototypeApi.summary(cohortId!),
    cohortId !== undefined,
  );
  if (!cohortId) {
    return <Typography sx={{ p: 2 }}>{translate('apprenance.reviews.pick_cohort')}</Typography>;
  }
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          type="number"
          size="small"
          label={translate('apprenance.reviews.per_pair')}
          value={perPair}
          onChange={(event) => setPerPair(Number(event.target.value))}
          slotProps={{ htmlInput: { min: 1, max: 9 } }}
        />
        <FormControlLabel
          control={
            <Checkbox checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />
          }
          label={translate('apprenance.reviews.show_names')}
        />
        <ActionButton
          label="apprenance.reviews.allocate"
          variant="contained"
          action={() => prototypeApi.allocate(cohortId, perPair, showNames)}
          successMessage={(reviews) =>
            translate('apprenance.reviews.allocated', { count: reviews.length })
          }
        />
      </Stack>
      <Table size="small" data-testid="review-summary">
        <TableHead>
          <TableRow>
            <TableCell>{translate('apprenance.reviews.prototype')}</TableCell>
            <TableCell>{translate('apprenance.reviews.written')}</TableCell>
            <TableCell>{translate('apprenance.reviews.spread')}</TableCell>
            <TableCell>{translate('apprenance.reviews.pending')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(summary.data ?? []).map((line) => (
            <TableRow key={line.id}>
              <TableCell>{line.authorPairLabel}</TableCell>
              <TableCell>
                {line.submitted}/{line.allocated}
              </TableCell>
              <TableCell>
                {line.criteria.map((c) => (
                  <div key={c.criterionId}>
                    {locale === 'en' ? c.labelEn : c.labelFr} : {c.min}–{c.max} (
                    {translate('apprenance.reviews.mean')} {c.mean})
                  </div>
                ))}
              </TableCell>
              <TableCell>
                {line.pending.map((p) => p.reviewerPairLabel).join(', ') || '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};
