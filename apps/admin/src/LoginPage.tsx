import { Link, Stack, Typography } from '@mui/material';
import {
  email,
  Login,
  LoginForm,
  PasswordInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { LanguageSwitch } from './common/LanguageSwitch';
import { PUBLIC_HOME } from './public/paths';

const emailValidators = [required(), email()];

/**
 * The sign-in links under the form, one per line; the accounts flow adds its own here
 * ("Forgot password?").
 */
const LoginLinks = () => {
  const translate = useTranslate();
  return (
    <Stack sx={{ px: 2, pb: 2, gap: 1 }} data-testid="login-links">
      <Link href="#/forgot-password">{translate('apprenance.account.forgot_link')}</Link>
      <Link href={`#${PUBLIC_HOME}`}>{translate('screens.public.link_from_login')}</Link>
    </Stack>
  );
};

/** react-admin's login page with the product's name, a language switch, signing in by email. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Stack sx={{ alignItems: 'center', gap: 1, px: 2 }}>
        <Typography component="h1" variant="h5" align="center">
          {translate('apprenance.title')}
        </Typography>
        <LanguageSwitch />
      </Stack>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="ra.auth.email"
          autoComplete="username"
          validate={emailValidators}
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
      <LoginLinks />
    </Login>
  );
};
