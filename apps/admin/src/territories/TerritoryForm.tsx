import { maxLength, regex, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { levelChoices } from '../choices';

const nameValidators = [required(), maxLength(160)];
const countryValidators = [required(), regex(/^[A-Z]{2}$/, 'apprenance.validation.country')];
const toUpperCase = (value: string) => value.toUpperCase();

export const TerritoryForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={nameValidators} />
    <TextInput source="country" validate={countryValidators} parse={toUpperCase} />
    <SelectInput source="level" choices={levelChoices} validate={required()} />
  </SimpleForm>
);
