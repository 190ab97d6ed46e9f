import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Role } from './types';

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: role } = usePermissions<Role>();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="apprenance.dashboard.title" />
      <CardContent>
        {identity && (
          <Typography variant="h5" component="h2" data-testid="dashboard-greeting">
            {translate('apprenance.dashboard.greeting', { name: identity.fullName })}
          </Typography>
        )}
        {role && (
          <Typography color="text.secondary" data-testid="dashboard-role">
            {translate('apprenance.dashboard.role', {
              role: translate(`apprenance.roles.${role}`),
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
