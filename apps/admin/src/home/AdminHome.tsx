import {
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCohortItems } from '../cohorts/useCohortItems';
import { type Cohort, COHORT_STATUSES, type Pair } from '../types';
import { applications, countByStatus, isActive } from './homeSummary';
import { HomeSection } from './HomeSection';

const ApplicationsWaiting = ({ cohort }: { cohort: Cohort }) => {
  const { data: pairs } = useCohortItems<Pair>('cohort-pairs', cohort);
  return <>{applications(pairs).length}</>;
};

/** An admin's home: cohorts by status, then seats and applications of the active ones. */
export const AdminHome = ({ cohorts }: { cohorts: Cohort[] }) => {
  const translate = useTranslate();
  const counts = countByStatus(cohorts);
  const active = cohorts.filter(isActive);
  return (
    <Stack sx={{ gap: 2 }}>
      <HomeSection title="screens.home.cohorts_by_status" testId="home-cohort-statuses">
        <Stack component="ul" sx={{ m: 0, pl: 3 }}>
          {COHORT_STATUSES.map((status) => (
            <li key={status}>
              {translate(`apprenance.cohort_statuses.${status}`)} : {counts[status] ?? 0}
            </li>
          ))}
        </Stack>
      </HomeSection>
      <HomeSection title="screens.home.active_cohorts" testId="home-active-cohorts">
        {active.length === 0 ? (
          <Typography color="text.secondary">
            {translate('screens.home.no_active_cohort')}
          </Typography>
        ) : (
          <div style={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('screens.home.cohort')}</TableCell>
                  <TableCell>{translate('screens.home.seats')}</TableCell>
                  <TableCell>{translate('screens.home.applications')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {active.map((cohort) => (
                  <TableRow key={cohort.id}>
                    <TableCell>
                      <Link href={`#/cohorts/${cohort.id}/show`}>{cohort.name}</Link>
                    </TableCell>
                    <TableCell>
                      {cohort.enrolledSeats} / {cohort.capacity}
                    </TableCell>
                    <TableCell>
                      <ApplicationsWaiting cohort={cohort} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </HomeSection>
    </Stack>
  );
};
