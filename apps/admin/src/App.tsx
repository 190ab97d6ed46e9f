import { accountRoutes } from './account/accountRoutes';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { AppLayout } from './AppLayout';
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
import { PUBLIC_CATALOGUE, PUBLIC_HOME } from './public/paths';
import { PublicApply } from './public/PublicApply';
import { PublicCatalogue } from './public/PublicCatalogue';
import { PublicCommons } from './public/PublicCommons';
import { PublicCourse } from './public/PublicCourse';
import territories, { readOnlyTerritories } from './territories';
import { theme } from './theme';
import type { Role } from './types';
import users from './users';
import notifications from './notifications';
import messages from './messages';
import { conviction, followUps, impactDashboard } from './impact';
import { PublicImpact } from './impact/PublicImpact';

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
    ['impact', impactDashboard],
    ['follow-ups', followUps],
  ],
  trainer: [
    ['cohorts', cohorts],
    ['courses', trainerCourses],
    ['civic-techs', readOnlyCivicTechs],
    ['territories', readOnlyTerritories],
    ['prototypes', staffPrototypes],
    ['peer-reviews', peerReviews],
    ['test-logs', staffTestLogs],
    ['impact', impactDashboard],
    ['follow-ups', followUps],
  ],
  participant: [
    ['cohorts', readOnlyCohorts],
    ['courses', readOnlyCourses],
    ['prototypes', prototypes],
    ['peer-reviews', peerReviews],
    ['test-logs', testLogs],
    ['civic-techs', readOnlyCivicTechs],
    ['conviction', conviction],
    ['follow-ups', followUps],
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
    theme={theme}
    layout={AppLayout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {/* The public side: readable without an account, outside the signed-in layout. */}
    <CustomRoutes noLayout>
      <Route path={PUBLIC_HOME} element={<PublicCommons />} />
      <Route path={PUBLIC_CATALOGUE} element={<PublicCatalogue />} />
      <Route path={`${PUBLIC_HOME}/courses/:slug`} element={<PublicCourse />} />
      <Route path={`${PUBLIC_HOME}/apply/:cohortId`} element={<PublicApply />} />
      <Route path={`${PUBLIC_HOME}/impact/:courseId`} element={<PublicImpact />} />
    </CustomRoutes>
    {resourcesFor}
    {accountRoutes}
  </Admin>
);
