import { Admin, Resource } from 'react-admin';
import auditLog from './audit-log';
import { Dashboard } from './Dashboard';
import { i18nProvider } from './i18n/i18nProvider';
import { LoginPage } from './LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { store } from './providers/store';
import territories, { readOnlyTerritories } from './territories';
import type { Role } from './types';
import users from './users';

/** Each role sees only the resources it may use; a participant has the dashboard alone. */
const resourcesFor = (role: Role) => (
  <>
    {role === 'admin' && <Resource name="users" {...users} />}
    {role === 'admin' && <Resource name="territories" {...territories} />}
    {role === 'trainer' && <Resource name="territories" {...readOnlyTerritories} />}
    {role === 'admin' && <Resource name="audit-log" {...auditLog} />}
  </>
);

export const App = () => (
  <Admin
    title="Apprenance"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    store={store}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {resourcesFor}
  </Admin>
);
