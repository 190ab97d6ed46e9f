import DownloadIcon from '@mui/icons-material/Download';
import { EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { useIsStaff } from '../common/useRole';
import { cohortApi } from '../providers/cohortApi';
import type { Cohort } from '../types';
import { CalendarLinkButton } from './CalendarLinkButton';
import { CohortStatusButtons } from './CohortStatusButtons';

/** Edit, status changes and CSV exports for trainers and admins; the calendar for everyone. */
export const CohortActions = () => {
  const cohort = useRecordContext<Cohort>();
  const isStaff = useIsStaff();
  if (!cohort) return <TopToolbar />;
  return (
    <TopToolbar>
      {isStaff && <CohortStatusButtons cohort={cohort} />}
      {isStaff && (
        <ActionButton
          label="apprenance.cohorts.roster_csv"
          icon={<DownloadIcon />}
          action={() => cohortApi.download(cohort.id, 'roster.csv')}
        />
      )}
      {isStaff && (
        <ActionButton
          label="apprenance.cohorts.attendance_csv"
          icon={<DownloadIcon />}
          action={() => cohortApi.download(cohort.id, 'attendance.csv')}
        />
      )}
      <CalendarLinkButton cohortId={cohort.id} />
      {isStaff && <EditButton />}
    </TopToolbar>
  );
};
