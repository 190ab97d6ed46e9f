import { maxLength, minLength, required } from 'react-admin';

/** The api's password policy as far as a form can tell (it also refuses common passwords). */
export const MIN_PASSWORD_LENGTH = 12;
export const passwordValidators = [required(), minLength(MIN_PASSWORD_LENGTH), maxLength(256)];
