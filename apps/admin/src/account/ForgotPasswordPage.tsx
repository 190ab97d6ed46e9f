import { Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { email, Form, Login, SaveButton, TextInput, required, useTranslate } from 'react-admin';
import { useRefusal } from '../common/useRefusal';
import { httpClient } from '../providers/http';

/** Asks for a reset link; the answer is the same whether the address has an account or not. */
export const ForgotPasswordPage = () => {
  const translate = useTranslate();
  const refused = useRefusal();
  const [sent, setSent] = useState(false);
  const submit = async (values: { email?: string }) => {
    try {
      await httpClient('/auth/password-reset', {
        method: 'POST',
        body: JSON.stringify({ email: values.email }),
      });
      setSent(true);
    } catch (error) {
      return refused(error);
    }
  };
  return (
    <Login>
      <Typography component="h1" variant="h5" align="center">
        {translate('apprenance.account.forgot_title')}
      </Typography>
      {sent ? (
        <Typography role="status" sx={{ p: 2 }}>
          {translate('apprenance.account.forgot_sent')}
        </Typography>
      ) : (
        <Form onSubmit={submit}>
          <div style={{ padding: '0 1em 1em' }}>
            <TextInput
              autoFocus
              source="email"
              type="email"
              label="ra.auth.email"
              autoComplete="username"
              validate={[required(), email()]}
              fullWidth
            />
            <SaveButton label="apprenance.account.forgot_submit" icon={<span />} fullWidth />
          </div>
        </Form>
      )}
      <Typography align="center" sx={{ pb: 2 }}>
        <Link to="/login">{translate('apprenance.account.back_to_login')}</Link>
      </Typography>
    </Login>
  );
};
