import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { cohortApi, type PairAction } from '../providers/cohortApi';
import type { Pair, PairStatus } from '../types';

/** The actions the api accepts for a pair in each status (it refuses the others anyway). */
const ACTIONS: Record<PairStatus, PairAction[]> = {
  applied: ['accept', 'decline'],
  enrolled: ['withdraw'],
  waitlisted: ['withdraw'],
  withdrawn: [],
  declined: [],
};

export const PairActions = ({ pair }: { pair: Pair }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row">
      {ACTIONS[pair.status].map((action) => (
        <ActionButton
          key={action}
          label={`apprenance.pairs.actions.${action}`}
          action={() => cohortApi.pairAction(pair.cohortId, pair.id, action)}
          successMessage={`apprenance.pairs.done.${action}`}
          confirm={
            action === 'accept'
              ? undefined
              : translate('apprenance.pairs.confirm', { territory: pair.territoryName })
          }
        />
      ))}
    </Stack>
  );
};
