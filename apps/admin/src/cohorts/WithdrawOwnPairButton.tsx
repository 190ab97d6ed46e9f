import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { useRedirect, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { cohortApi } from '../providers/cohortApi';
import type { Pair } from '../types';

/** A participant withdraws their own pair; the api frees its seats for the waitlist. */
export const WithdrawOwnPairButton = ({ pair }: { pair: Pair }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <ActionButton
      label="apprenance.pairs.withdraw_own"
      icon={<ExitToAppIcon />}
      variant="outlined"
      action={() => cohortApi.pairAction(pair.cohortId, pair.id, 'withdraw')}
      confirm={translate('apprenance.pairs.confirm_withdraw_own', {
        territory: pair.territoryName,
      })}
      successMessage={(withdrawn) =>
        translate('apprenance.pairs.own_withdrawn', {
          territory: withdrawn.territoryName,
          status: translate(`apprenance.pair_statuses.${withdrawn.status}`),
        })
      }
      // A participant sees only enrolled pairs: the withdrawn one leaves their cohort page.
      onDone={() => redirect('list', 'cohorts')}
    />
  );
};

/** Whether the signed-in user is one of the pair's two members. */
export const isMemberOf = (pair: Pair, userId: unknown) =>
  userId !== undefined && (pair.political.id === userId || pair.technical.id === userId);
