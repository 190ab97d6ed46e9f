import { Stack } from '@mui/material';
import {
  AutocompleteInput,
  Form,
  HttpError,
  ReferenceInput,
  required,
  SaveButton,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { cohortApi } from '../providers/cohortApi';
import type { Cohort } from '../types';

const byDisplayName = { field: 'displayName', order: 'ASC' } as const;
const members = (kind: string) => ({ role: 'participant', kind });

/**
 * Enrols a pair of existing participants (waitlisted when the cohort is full). It lists users,
 * which only admins may do; the api checks the pair's rules and names the wrong member.
 */
export const EnrolPairForm = () => {
  const cohort = useRecordContext<Cohort>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!cohort) return null;
  const enrol = async (values: Record<string, unknown>) => {
    try {
      const pair = await cohortApi.enrol(cohort.id, {
        politicalId: String(values.politicalId),
        technicalId: String(values.technicalId),
      });
      notify(`apprenance.pairs.enrolled_as.${pair.status}`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
      return error instanceof HttpError ? error.body?.errors : undefined;
    }
  };
  return (
    <Form onSubmit={enrol} resource="cohort-pairs">
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
        <ReferenceInput
          source="politicalId"
          reference="users"
          filter={members('political')}
          sort={byDisplayName}
        >
          <AutocompleteInput
            optionText="displayName"
            validate={required()}
            sx={{ minWidth: 260 }}
          />
        </ReferenceInput>
        <ReferenceInput
          source="technicalId"
          reference="users"
          filter={members('technical')}
          sort={byDisplayName}
        >
          <AutocompleteInput
            optionText="displayName"
            validate={required()}
            sx={{ minWidth: 260 }}
          />
        </ReferenceInput>
        <SaveButton
          label="apprenance.pairs.enrol"
          sx={{ mt: 1, whiteSpace: 'nowrap', flexShrink: 0 }}
        />
      </Stack>
    </Form>
  );
};
