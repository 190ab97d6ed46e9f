import {
  CheckboxGroupInput,
  DateInput,
  maxLength,
  regex,
  required,
  SimpleForm,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { emptyIfCleared, nullIfEmpty } from '../common/localDate';
import { categoryChoices } from '../choices';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const URL = /^https?:\/\/\S+$/;
const slugValidators = [required(), maxLength(80), regex(SLUG, 'apprenance.validation.slug')];
const nameValidators = [required(), maxLength(120)];
const repositoryValidators = [required(), regex(URL, 'apprenance.validation.url')];
const websiteValidators = [regex(URL, 'apprenance.validation.url')];
const createDefaults = { categories: [], languages: ['fr', 'en'] };

/** The catalogue entry; the api checks the SPDX id and the URLs and names the bad fields. */
export const CivicTechForm = ({ isNew = false }: { isNew?: boolean }) => (
  <SimpleForm defaultValues={isNew ? createDefaults : undefined}>
    <TextInput source="name" validate={nameValidators} />
    <TextInput source="slug" validate={slugValidators} />
    <TextInput source="licence" validate={required()} helperText="apprenance.licence_help" />
    <TextInput source="repositoryUrl" type="url" validate={repositoryValidators} />
    <TextInput source="websiteUrl" type="url" validate={websiteValidators} parse={nullIfEmpty} />
    <CheckboxGroupInput source="categories" choices={categoryChoices} validate={required()} />
    <TextArrayInput source="languages" helperText="apprenance.civic_techs.languages_help" />
    <TextInput source="maintainer" parse={emptyIfCleared} />
    <TextInput source="descriptionFr" multiline minRows={3} parse={emptyIfCleared} />
    <TextInput source="descriptionEn" multiline minRows={3} parse={emptyIfCleared} />
    <DateInput source="lastCheckedOn" parse={nullIfEmpty} />
  </SimpleForm>
);
