import {
  Create,
  Edit,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import { wouldUseChoices } from '../choices';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

const text = { fullWidth: true, multiline: true, minRows: 2 } as const;

const Fields = () => (
  <>
    <ReferenceInput
      source="civicTechId"
      reference="civic-techs"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <SelectInput optionText="name" validate={required()} />
    </ReferenceInput>
    <TextInput source="useCase" {...text} validate={required()} />
    <NumberInput source="fit" min={1} max={5} validate={[required(), minValue(1), maxValue(5)]} />
    <TextInput source="strengths" {...text} />
    <TextInput source="limits" {...text} />
    <RadioButtonGroupInput source="wouldUse" choices={wouldUseChoices} validate={required()} />
  </>
);

/** Recorded for the caller's pair in the chosen cohort (the api finds the pair). */
export const TestLogCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReferenceInput source="cohortId" reference="cohorts" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <Fields />
    </SimpleForm>
  </Create>
);

export const TestLogEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <Fields />
    </SimpleForm>
  </Edit>
);
