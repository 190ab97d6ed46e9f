import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
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
import { nullIfEmpty } from '../common/localDate';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { useRole } from '../common/useRole';
import { localeChoices } from '../choices';
import { CourseInput } from './CourseInput';

const TIME_ZONES = Intl.supportedValuesOf('timeZone').map((id) => ({ id, name: id }));
const nameValidators = [required(), maxLength(160)];
const capacityValidators = [required(), minValue(5), maxValue(10)];
const byDisplayName = { field: 'displayName', order: 'ASC' } as const;
const trainersOnly = { role: 'trainer' };
const createDefaults = { language: 'fr', timeZone: 'Europe/Paris', capacity: 10, online: false };

/**
 * A cohort of a published course. The start date generates the sessions. Only admins pick the
 * trainers (listing users is theirs); a trainer's new cohort is theirs by default.
 */
export const CohortForm = ({ isNew = false }: { isNew?: boolean }) => {
  const isAdmin = useRole() === 'admin';
  return (
    // The api has no way to delete a cohort: it is cancelled instead.
    <SimpleForm defaultValues={isNew ? createDefaults : undefined} toolbar={<SaveOnlyToolbar />}>
      {isNew && <CourseInput published />}
      <TextInput source="name" validate={nameValidators} />
      <SelectInput source="language" choices={localeChoices} validate={required()} />
      <TextInput source="venue" parse={nullIfEmpty} helperText="apprenance.cohorts.venue_help" />
      <BooleanInput source="online" />
      <TextInput source="onlineUrl" type="url" parse={nullIfEmpty} />
      <AutocompleteInput source="timeZone" choices={TIME_ZONES} validate={required()} />
      <NumberInput source="capacity" validate={capacityValidators} step={2} />
      <DateInput
        source="startsOn"
        parse={nullIfEmpty}
        helperText="apprenance.cohorts.starts_help"
      />
      <DateInput source="endsOn" parse={nullIfEmpty} />
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
    </SimpleForm>
  );
};
