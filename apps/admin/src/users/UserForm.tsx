import {
  BooleanInput,
  email,
  minLength,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { localeChoices, roleChoices } from '../choices';
import { ParticipantInputs } from './ParticipantInputs';

const MIN_PASSWORD_LENGTH = 12;
const emailValidators = [required(), email()];
const newPasswordValidators = [required(), minLength(MIN_PASSWORD_LENGTH)];
const changedPasswordValidators = [minLength(MIN_PASSWORD_LENGTH)];
const createDefaults = { role: 'participant', locale: 'fr', isActive: true };

/** The user form; a new user needs a password, an existing one keeps theirs unless it is typed. */
export const UserForm = ({ isNew }: { isNew: boolean }) => (
  <SimpleForm defaultValues={isNew ? createDefaults : undefined}>
    <TextInput source="email" type="email" validate={emailValidators} />
    <TextInput source="displayName" validate={required()} />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <SelectInput source="locale" choices={localeChoices} validate={required()} />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={isNew ? newPasswordValidators : changedPasswordValidators}
      helperText={isNew ? undefined : 'apprenance.users.password_help'}
    />
    <BooleanInput source="isActive" />
    <ParticipantInputs />
  </SimpleForm>
);
