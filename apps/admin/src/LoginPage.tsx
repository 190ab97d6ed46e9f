import { Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  email,
  Login,
  LoginForm,
  PasswordInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';

const emailValidators = [required(), email()];

/** react-admin's login page with the product's name, signing in by email. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h5" align="center">
        {translate('apprenance.title')}
      </Typography>
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
      <Typography align="center" sx={{ pb: 2 }}>
        <Link to="/forgot-password">{translate('apprenance.account.forgot_link')}</Link>
      </Typography>
    </Login>
  );
};
