import { Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { AdminHome } from './home/AdminHome';
import { isActive } from './home/homeSummary';
import { ParticipantHome } from './home/ParticipantHome';
import { TrainerCohortCard } from './home/TrainerCohortCard';
import type { Cohort, Role } from './types';

/** Each role's home: what is next and what to do, before any menu. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: role } = usePermissions<Role>();
  const [now] = useState(() => new Date());
  const { data: cohorts = [], isPending } = useGetList<Cohort>('cohorts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const active = cohorts.filter(isActive);
  // A participant is in one cohort at a time: the latest active one, else the latest.
  const mine = active[0] ?? cohorts[0];
  return (
    <Box sx={{ mt: 2, maxWidth: 960 }}>
      <Title title="apprenance.dashboard.title" />
      {identity && (
        <Typography variant="h5" component="h1" data-testid="dashboard-greeting" gutterBottom>
          {translate('apprenance.dashboard.greeting', { name: identity.fullName })}
        </Typography>
      )}
      {role && (
        <Typography color="text.secondary" data-testid="dashboard-role" sx={{ mb: 2 }}>
          {translate('apprenance.dashboard.role', {
            role: translate(`apprenance.roles.${role}`),
          })}
        </Typography>
      )}
      {!isPending && role === 'admin' && <AdminHome cohorts={cohorts} />}
      {!isPending && role === 'trainer' && (
        <Stack sx={{ gap: 2 }}>
          {active.map((cohort) => (
            <TrainerCohortCard key={cohort.id} cohort={cohort} now={now} />
          ))}
          {active.length === 0 && (
            <Typography color="text.secondary">
              {translate('screens.home.no_active_cohort')}
            </Typography>
          )}
        </Stack>
      )}
      {!isPending &&
        role === 'participant' &&
        (mine ? (
          <ParticipantHome cohort={mine} now={now} />
        ) : (
          <Typography color="text.secondary">{translate('screens.home.no_cohort')}</Typography>
        ))}
    </Box>
  );
};
