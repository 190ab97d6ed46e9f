import { Route } from 'react-router-dom';
import { CustomRoutes } from 'react-admin';
import { AccountLinkPage } from './AccountLinkPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';

/** Pages reached without a session: from a mailed link, or from the login page. */
export const accountRoutes = (
  <CustomRoutes noLayout>
    <Route path="/activate" element={<AccountLinkPage link="activate" />} />
    <Route path="/reset-password" element={<AccountLinkPage link="password-reset/confirm" />} />
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
  </CustomRoutes>
);
