import { Admin, Resource } from 'react-admin';
import { accountRoutes } from './account/accountRoutes';
import auditLog from './audit-log';
import civicTechs, { readOnlyCivicTechs } from './civic-techs';
import cohorts, { readOnlyCohorts } from './cohorts';
import courses, { readOnlyCourses, trainerCourses } from './courses';
import { Dashboard } from './Dashboard';
import peerReviews from './peer-reviews';
import prototypes, { staffPrototypes } from './prototypes';
import testLogs, { staffTestLogs } from './test-logs';
import { i18nProvider } from './i18n/i18nProvider';
import { LoginPage } from './LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { store } from './providers/store';
import territories, { readOnlyTerritories } from './territories';
import type { Role } from './types';
import users from './users';
import notifications from './notifications';
import messages from './messages';

/** What each role may use, as the api allows it; the api scopes every list to the caller. */
const RESOURCES: Record<Role, [string, object][]> = {
  admin: [
    ['cohorts', cohorts],
    ['courses', courses],
    ['civic-techs', civicTechs],
    ['users', users],
    ['territories', territories],
    ['audit-log', auditLog],
    ['prototypes', staffPrototypes],
    ['peer-reviews', peerReviews],
    ['test-logs', staffTestLogs],
    ['messages', messages],
  ],
  trainer: [
    ['cohorts', cohorts],
    ['courses', trainerCourses],
    ['civic-techs', readOnlyCivicTechs],
    ['territories', readOnlyTerritories],
    ['prototypes', staffPrototypes],
    ['peer-reviews', peerReviews],
    ['test-logs', staffTestLogs],
  ],
  participant: [
    ['cohorts', readOnlyCohorts],
    ['courses', readOnlyCourses],
    ['prototypes', prototypes],
    ['peer-reviews', peerReviews],
    ['test-logs', testLogs],
    ['civic-techs', readOnlyCivicTechs],
  ],
};

/** Every role has its inbox. */
const EVERY_ROLE: [string, object][] = [['notifications', notifications]];

const resourcesFor = (role: Role) =>
  [...(RESOURCES[role] ?? []), ...EVERY_ROLE].map(([name, definition]) => (
    <Resource key={name} name={name} {...definition} />
  ));

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
    {accountRoutes}
  </Admin>
);
