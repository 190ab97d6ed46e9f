import { Chip } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  BooleanInput,
  DataTable,
  DateField,
  FunctionField,
  List,
  NumberInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { cohortFilter } from '../common/cohortFilter';
import { FormDialog } from '../common/FormDialog';
import { TextButton } from '../common/TextButton';
import { impactApi } from './impactApi';
import {
  type FollowUpRecord,
  type FollowUpSlot,
  type StrategyStatus,
  STRATEGY_STATUSES,
} from './types';

const STATES = ['upcoming', 'due', 'overdue', 'recorded'] as const;
const stateChoices = STATES.map((id) => ({ id, name: `impact.follow_up_states.${id}` }));
const statusChoices = STRATEGY_STATUSES.map((id) => ({ id, name: `impact.statuses.${id}` }));
const STATE_COLOR = {
  upcoming: 'default',
  due: 'warning',
  overdue: 'error',
  recorded: 'success',
} as const;

const filters = [
  cohortFilter,
  <SelectInput key="state" source="state" choices={stateChoices} alwaysOn />,
];

/** Opens the form of one pair's milestone; recording it again replaces what was recorded. */
const RecordButton = () => {
  const slot = useRecordContext<FollowUpSlot>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!slot || slot.state === 'upcoming') return null;
  return (
    <>
      <TextButton
        label="impact.record"
        variant="outlined"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
        aria-label={`${translate('impact.record')} — ${translate('impact.record_title', {
          months: slot.milestone,
          pair: slot.pairLabel,
        })}`}
      />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('impact.record_title', { months: slot.milestone, pair: slot.pairLabel })}
        resource="follow-ups"
        record={slot.record ?? { fundingSecured: false, civicTechIds: [] }}
        submit={async (values) => {
          await impactApi.recordFollowUp(slot.pairId, slot.milestone, pickRecord(values));
          return translate('impact.recorded');
        }}
      >
        <SelectInput source="status" choices={statusChoices} isRequired fullWidth />
        <BooleanInput source="fundingSecured" />
        <NumberInput source="fundingAmount" min={0} fullWidth />
        <TextInput source="fundingSource" fullWidth />
        <ReferenceArrayInput source="civicTechIds" reference="civic-techs" perPage={100}>
          <AutocompleteArrayInput optionText="name" fullWidth />
        </ReferenceArrayInput>
        <TextInput source="whatChanged" multiline minRows={3} fullWidth />
        <TextInput source="documentUrl" type="url" fullWidth />
      </FormDialog>
    </>
  );
};

/** The form's values as the api takes them: empty optional fields are left out or cleared. */
function pickRecord(values: Record<string, unknown>): FollowUpRecord {
  const text = (key: string) =>
    typeof values[key] === 'string' && values[key] ? values[key] : null;
  return {
    status: values.status as StrategyStatus,
    fundingSecured: Boolean(values.fundingSecured),
    fundingAmount: typeof values.fundingAmount === 'number' ? values.fundingAmount : null,
    fundingSource: text('fundingSource'),
    civicTechIds: (values.civicTechIds as string[] | undefined) ?? [],
    whatChanged: typeof values.whatChanged === 'string' ? values.whatChanged : '',
    documentUrl: text('documentUrl'),
  };
}

/**
 * Each pair's follow-ups at 3, 6 and 12 months: trainers see their cohorts' (due and overdue
 * first, with the state filter), participants their own pair's.
 */
export const FollowUpList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'dueAt', order: 'ASC' }} exporter={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="pairLabel" />
        <DataTable.Col source="cohortName" />
        <DataTable.Col source="milestone">
          <FunctionField<FollowUpSlot>
            render={(slot) => translate('impact.milestone', { months: slot.milestone })}
          />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
          <DateField source="dueAt" />
        </DataTable.Col>
        <DataTable.Col source="state">
          <FunctionField<FollowUpSlot>
            render={(slot) => (
              <Chip
                size="small"
                color={STATE_COLOR[slot.state]}
                label={translate(`impact.follow_up_states.${slot.state}`)}
              />
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <FunctionField<FollowUpSlot>
            render={(slot) =>
              slot.record ? translate(`impact.statuses.${slot.record.status}`) : ''
            }
          />
        </DataTable.Col>
        <DataTable.Col label=" " disableSort>
          <RecordButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
