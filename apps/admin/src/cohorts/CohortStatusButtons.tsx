import { useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { cohortApi } from '../providers/cohortApi';
import type { Cohort, CohortStatus } from '../types';

/**
 * The next statuses of the cohort's life (draft → open → running → completed, or cancelled).
 * The api checks the rest — enough participants and sessions to start — and says why not.
 */
const NEXT: Record<CohortStatus, CohortStatus[]> = {
  draft: ['open', 'cancelled'],
  open: ['running', 'cancelled'],
  running: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export const CohortStatusButtons = ({ cohort }: { cohort: Cohort }) => {
  const translate = useTranslate();
  return (
    <>
      {NEXT[cohort.status].map((status) => (
        <ActionButton
          key={status}
          label={`apprenance.cohorts.to_status.${status}`}
          action={() => cohortApi.changeStatus(cohort.id, status)}
          successMessage="apprenance.cohorts.status_changed"
          confirm={
            status === 'cancelled' || status === 'completed'
              ? translate('apprenance.cohorts.confirm_final', { name: cohort.name })
              : undefined
          }
        />
      ))}
    </>
  );
};
