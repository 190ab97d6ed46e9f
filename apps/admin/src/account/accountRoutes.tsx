import { Route } from 'react-router-dom';
import { CustomRoutes } from 'react-admin';
import { AccountLinkPage } from './AccountLinkPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { PreferencesPage } from './PreferencesPage';

/**
 * Pages reached without a session (from a mailed link, or from the login page), and the
 * signed-in person's preferences.
 */
export const accountRoutes = [
  <CustomRoutes key="public" noLayout>
    <Route path="/activate" element={<AccountLinkPage link="activate" />} />
    <Route path="/reset-password" element={<AccountLinkPage link="password-reset/confirm" />} />
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
  </CustomRoutes>,
  <CustomRoutes key="signed-in">
    <Route path="/preferences" element={<PreferencesPage />} />
  </CustomRoutes>,
];
