import { Alert, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  email,
  Form,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useNotify,
  useParams,
  useTranslate,
} from 'react-admin';
import { errorMessage } from '../common/ActionButton';
import { submissionErrors } from '../common/submissionErrors';
import { levelChoices } from '../choices';
import { httpClient } from '../providers/http';
import { PublicLayout } from './PublicLayout';

const emailValidators = [required(), email()];

/** One member's fields, under `political.` or `technical.` as the api expects them. */
const MemberInputs = ({ kind }: { kind: 'political' | 'technical' }) => {
  const translate = useTranslate();
  return (
    <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="h6">
        {translate(`apprenance.kinds.${kind}`)}
      </Typography>
      <TextInput
        source={`${kind}.displayName`}
        label="screens.apply.display_name"
        validate={required()}
        autoComplete="name"
      />
      <TextInput
        source={`${kind}.email`}
        type="email"
        label="screens.apply.email"
        validate={emailValidators}
      />
      <TextInput source={`${kind}.position`} label="screens.apply.position" />
    </Stack>
  );
};

/**
 * The public application of a pair to an open cohort (the link a trainer shares). The answer
 * is the same whether or not the emails have accounts, so it says only that it was received.
 */
export const PublicApply = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { cohortId = '' } = useParams<{ cohortId: string }>();
  const [received, setReceived] = useState(false);
  const apply = async (values: Record<string, unknown>) => {
    try {
      await httpClient(`/cohorts/${encodeURIComponent(cohortId)}/applications`, {
        method: 'POST',
        body: JSON.stringify(values),
      });
      setReceived(true);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      return submissionErrors(error);
    }
  };
  return (
    <PublicLayout title={translate('screens.apply.title')}>
      {received ? (
        <Alert severity="success" role="status">
          {translate('screens.apply.received')}
        </Alert>
      ) : (
        <Form onSubmit={apply} defaultValues={{ territory: { country: 'FR' } }}>
          <Typography sx={{ mb: 2 }}>{translate('screens.apply.intro')}</Typography>
          <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" variant="h6">
              {translate('screens.apply.territory')}
            </Typography>
            <TextInput
              source="territory.name"
              label="screens.apply.territory_name"
              validate={required()}
            />
            <TextInput
              source="territory.country"
              label="screens.apply.country"
              validate={required()}
            />
            <SelectInput
              source="territory.level"
              label="screens.apply.level"
              choices={levelChoices}
              validate={required()}
            />
          </Stack>
          <MemberInputs kind="political" />
          <MemberInputs kind="technical" />
          <SaveButton label="screens.apply.submit" alwaysEnable />
        </Form>
      )}
    </PublicLayout>
  );
};
