import {
  BooleanInput,
  email,
  maxLength,
  minLength,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { MIN_PASSWORD_LENGTH } from '../account/passwordRules';
import { localeChoices, roleChoices } from '../choices';
import { ParticipantInputs } from './ParticipantInputs';

const emailValidators = [required(), email()];
// Optional: without one, the person is mailed an invitation to choose theirs.
const passwordValidators = [minLength(MIN_PASSWORD_LENGTH), maxLength(256)];
const createDefaults = { role: 'participant', locale: 'fr', isActive: true };

/**
 * The user form; a new user without a password is mailed an invitation, an existing one keeps
 * theirs unless one is typed.
 */
export const UserForm = ({ isNew }: { isNew: boolean }) => (
  <SimpleForm defaultValues={isNew ? createDefaults : undefined}>
    <TextInput source="email" type="email" validate={emailValidators} />
    <TextInput source="displayName" validate={required()} />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <SelectInput source="locale" choices={localeChoices} validate={required()} />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={passwordValidators}
      helperText={isNew ? 'apprenance.users.invitation_help' : 'apprenance.users.password_help'}
    />
    <BooleanInput source="isActive" />
    <ParticipantInputs />
  </SimpleForm>
);
