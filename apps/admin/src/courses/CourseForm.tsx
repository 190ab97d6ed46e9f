import {
  AutocompleteArrayInput,
  BooleanInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { emptyIfCleared } from '../common/localDate';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { courseStatusChoices, formatChoices } from '../choices';
import { newPhases } from './coursePayload';
import { PhaseInputs } from './PhaseInputs';

const titleValidators = [required(), maxLength(200)];
const percentValidators = [minValue(0), maxValue(100)];
const byDisplayName = { field: 'displayName', order: 'ASC' } as const;
const trainersOnly = { role: 'trainer' };

const createDefaults = {
  format: 'short',
  status: 'draft',
  licence: 'CC-BY-SA-4.0',
  minAttendancePercent: 80,
  requireAcceptedPrototype: true,
  phases: newPhases(),
};

/**
 * The course form. Admins change everything; an assigned trainer changes the content only, so
 * the policy fields are read-only for them (the api refuses them anyway, with 403).
 */
export const CourseForm = ({ isNew = false, isAdmin }: { isNew?: boolean; isAdmin: boolean }) => {
  const policy = { readOnly: !isAdmin };
  return (
    // Only admins delete courses.
    <SimpleForm
      defaultValues={isNew ? createDefaults : undefined}
      toolbar={isAdmin ? undefined : <SaveOnlyToolbar />}
    >
      <TextInput source="titleFr" validate={titleValidators} />
      <TextInput source="titleEn" validate={titleValidators} />
      <TextInput
        source="slug"
        helperText="apprenance.courses.slug_help"
        parse={emptyIfCleared}
        {...policy}
      />
      <TextInput source="summaryFr" multiline minRows={2} parse={emptyIfCleared} />
      <TextInput source="summaryEn" multiline minRows={2} parse={emptyIfCleared} />
      <TextInput source="descriptionFr" multiline minRows={4} parse={emptyIfCleared} />
      <TextInput source="descriptionEn" multiline minRows={4} parse={emptyIfCleared} />
      <SelectInput source="format" choices={formatChoices} validate={required()} {...policy} />
      <SelectInput source="status" choices={courseStatusChoices} {...policy} />
      <TextInput
        source="licence"
        helperText="apprenance.licence_help"
        parse={emptyIfCleared}
        {...policy}
      />
      <NumberInput source="minAttendancePercent" validate={percentValidators} {...policy} />
      <BooleanInput source="requireAcceptedPrototype" {...policy} />
      {isAdmin && (
        <ReferenceArrayInput
          source="trainerIds"
          reference="users"
          filter={trainersOnly}
          sort={byDisplayName}
        >
          <AutocompleteArrayInput optionText="displayName" />
        </ReferenceArrayInput>
      )}
      <PhaseInputs />
    </SimpleForm>
  );
};
