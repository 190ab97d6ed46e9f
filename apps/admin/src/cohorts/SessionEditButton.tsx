import EditIcon from '@mui/icons-material/Edit';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { Button, DateInput, required, TextInput, useTranslate } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { cohortApi } from '../providers/cohortApi';
import type { Session } from '../types';
import { sessionChanges } from './sessionPayload';

/**
 * Moves or edits one session, in the cohort's local time (the api converts and checks that it
 * stays within the cohort's dates; its field errors show under the inputs).
 */
export const SessionEditButton = ({ session }: { session: Session }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const save = async (values: Record<string, unknown>) => {
    const changes = sessionChanges(values, session);
    if (Object.keys(changes).length === 0) return undefined;
    await cohortApi.updateSession(session.cohortId, session.id, changes);
    return 'apprenance.sessions.saved';
  };
  return (
    <>
      <Button label="ra.action.edit" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.sessions.edit_title', {
          phase: translate(`apprenance.phases.${session.phase}`),
        })}
        resource="cohort-sessions"
        record={session}
        submit={save}
      >
        <DateInput
          source="date"
          validate={required()}
          helperText={translate('apprenance.sessions.time_zone', { timeZone: session.timeZone })}
        />
        <Stack direction="row" sx={{ gap: 2 }}>
          <TextInput
            source="startTime"
            type="time"
            label="apprenance.sessions.start_time"
            validate={required()}
          />
          <TextInput
            source="endTime"
            type="time"
            label="apprenance.sessions.end_time"
            validate={required()}
          />
        </Stack>
        <TextInput source="venue" />
        <TextInput source="onlineUrl" type="url" />
      </FormDialog>
    </>
  );
};
