import { Chip, TableCell } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type ParticipantRates, type Phase, PHASES } from '../types';
import { hasRecords, isBelowRule, percent, rateOf } from './attendanceRates';

interface RateChipProps {
  rates: ParticipantRates[];
  participantId: string;
  phase: Phase;
  /** The course's minimum attendance per phase, in %. */
  minimum: number;
}

/**
 * A phase's attendance rate; when the rule can no longer be met it says so in words, not by
 * colour alone.
 */
export const RateChip = ({ rates, participantId, phase, minimum }: RateChipProps) => {
  const translate = useTranslate();
  const rate = rateOf(rates, participantId, phase);
  if (!rate || !hasRecords(rate)) return <>—</>;
  const below = isBelowRule(rate, minimum);
  const text = `${percent(rate.rate)} %`;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={below ? 'error' : 'success'}
      label={below ? translate('screens.attendance.below', { rate: text }) : text}
      data-testid={`rate-${participantId}-${phase}`}
    />
  );
};

/** One table cell per phase with a participant's rate, in the phases' order. */
export const RateCells = (props: Omit<RateChipProps, 'phase'>) =>
  PHASES.map((phase) => (
    <TableCell key={phase}>
      <RateChip {...props} phase={phase} />
    </TableCell>
  ));
