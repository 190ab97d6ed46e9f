import { Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  Form,
  Login,
  PasswordInput,
  SaveButton,
  required,
  useAuthProvider,
  useTranslate,
} from 'react-admin';
import { useRefusal } from '../common/useRefusal';
import type { LinkLogin } from '../providers/authProvider';
import { passwordValidators } from './passwordRules';

const same = (value: string, values: { password?: string }) =>
  value === values.password ? undefined : 'apprenance.account.passwords_differ';

/**
 * Where a mailed link lands: the person chooses a password and is signed in (activation of an
 * invited account, or a password reset); the api checks the link.
 */
export const AccountLinkPage = ({ link }: { link: LinkLogin['link'] }) => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refused = useRefusal();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const key = link === 'activate' ? 'activate' : 'reset';
  const submit = async (values: { password?: string }) => {
    try {
      await authProvider?.login({
        link,
        token,
        password: values.password ?? '',
      } satisfies LinkLogin);
      // The anonymous visit cached "not signed in" (and no identity): forget it, then go home.
      queryClient.removeQueries({ queryKey: ['auth'] });
      navigate('/');
    } catch (error) {
      return refused(error);
    }
  };
  return (
    <Login>
      <Typography component="h1" variant="h5" align="center">
        {translate(`apprenance.account.${key}_title`)}
      </Typography>
      <Typography variant="body2" sx={{ px: 2, pt: 1 }}>
        {translate('apprenance.account.password_rules')}
      </Typography>
      <Form onSubmit={submit}>
        <div style={{ padding: '0 1em 1em' }}>
          <PasswordInput
            source="password"
            label="ra.auth.password"
            autoComplete="new-password"
            validate={passwordValidators}
            fullWidth
          />
          <PasswordInput
            source="confirmation"
            label="apprenance.account.confirmation"
            autoComplete="new-password"
            validate={[required(), same]}
            fullWidth
          />
          <SaveButton label={`apprenance.account.${key}_submit`} icon={<span />} fullWidth />
        </div>
      </Form>
    </Login>
  );
};
