import { Typography } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  SelectField,
  TextField,
  useList,
  useTranslate,
} from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { useIsStaff } from '../common/useRole';
import { phaseChoices } from '../choices';
import type { Session } from '../types';
import { SessionEditButton } from './SessionEditButton';
import { useCohortItems } from './useCohortItems';

const hours = (session: Session) => `${session.startTime} – ${session.endTime}`;

/**
 * The sessions with the local date and hours the api computes in the cohort's time zone;
 * trainers and admins edit them there.
 */
export const SessionsTab = () => {
  const translate = useTranslate();
  const { cohort, data, isPending } = useCohortItems<Session>('cohort-sessions');
  const listContext = useList({ data, isPending });
  const isStaff = useIsStaff();
  return (
    <ResourceContextProvider value="cohort-sessions">
      <Typography variant="body2" color="text.secondary" data-testid="sessions-time-zone">
        {translate('apprenance.sessions.time_zone', { timeZone: cohort?.timeZone ?? '' })}
      </Typography>
      <ListContextProvider value={listContext}>
        <DataTable rowClick={false} bulkActionButtons={false} data-testid="sessions">
          <DataTable.Col source="phase">
            <SelectField source="phase" choices={phaseChoices} />
          </DataTable.Col>
          <DataTable.Col source="date" field={LocalDateField} />
          <DataTable.Col source="startTime" render={hours} />
          <DataTable.Col source="dayCount" />
          {/* A session without its own venue meets at the cohort's, as the calendar feed says. */}
          <DataTable.Col
            source="venue"
            render={(session: Session) => session.venue ?? cohort?.venue ?? '—'}
          />
          <DataTable.Col source="onlineUrl">
            <TextField source="onlineUrl" emptyText="—" />
          </DataTable.Col>
          {isStaff && (
            <DataTable.Col
              label="apprenance.pairs.actions.title"
              render={(session: Session) => <SessionEditButton session={session} />}
            />
          )}
        </DataTable>
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
