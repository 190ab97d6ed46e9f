import { createModule } from '../support/courses';
import { seriousViolations } from './axe';
import { useBrowser } from './harness';

/**
 * axe-core on the main page states of each role and of the public side: any critical or
 * serious WCAG 2.1 A/AA violation fails, named with its rule and where it is.
 */
describe('accessibility of the main page states', () => {
  const harness = useBrowser();

  /** Each state's violations, keyed by the state, so one run lists everything to fix. */
  async function audit(states: [string, () => Promise<void>][]) {
    const found: Record<string, string[]> = {};
    for (const [state, reach] of states) {
      await reach();
      const violations = await seriousViolations(harness.page);
      if (violations.length > 0) found[state] = violations;
    }
    expect(found).toEqual({});
  }

  /** An open cohort of a course with a text resource, one pair enrolled, run by a trainer. */
  async function training() {
    const auth = await harness.adminAuth();
    const trainer = await harness.app.factory.user({ role: 'trainer' });
    const cohort = await harness.app.factory.cohort({
      startsOn: '2027-03-15',
      trainerIds: [trainer.id],
    });
    await harness.openCohort(cohort.id);
    const members = await harness.app.factory.pairMembers();
    await harness.app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', auth)
      .send({ politicalId: members.political.id, technicalId: members.technical.id });
    await createModule(harness.app, auth, cohort.courseId, 'free_software_culture', {
      titleFr: 'Lire',
    });
    return { trainer, cohort, ...members };
  }

  const visit = (path: string, ready: () => Promise<unknown>) => async () => {
    await harness.page.goto(`${harness.app.url}/#${path}`);
    await ready();
  };
  const heading = (name: string | RegExp) => () =>
    harness.page.getByRole('heading', { name }).first().waitFor();
  const tab = (name: string) => async () => {
    await harness.page.getByRole('tab', { name, exact: true }).click();
    await harness.page.waitForLoadState('networkidle');
  };

  it('has none on the public side and the login page', async () => {
    const course = await harness.app.factory.course({ status: 'published' });
    await audit([
      ['login', visit('/login', () => harness.page.locator('input[name="email"]').waitFor())],
      ['commons', visit('/public', heading('Les communs'))],
      ['course', visit(`/public/courses/${course.slug}`, heading('Urbanisme ouvert'))],
      ['catalogue', visit('/public/civic-techs', heading('Catalogue des civic-techs'))],
    ]);
  });

  it('has none on a trainer’s home, cohort list and each cohort tab', async () => {
    const { trainer, cohort } = await training();
    await harness.logIn(trainer.email);
    const show = `/cohorts/${cohort.id}/show`;
    await audit([
      ['trainer home', heading(cohort.name)],
      [
        'cohort list',
        visit('/cohorts', () => harness.page.getByRole('cell', { name: cohort.name }).waitFor()),
      ],
      [
        'cohort summary',
        visit(show, () => harness.page.getByRole('tab', { name: 'Binômes' }).waitFor()),
      ],
      ['cohort pairs', tab('Binômes')],
      ['cohort sessions', tab('Sessions')],
      ['cohort attendance', tab('Présences')],
      ['cohort overview', tab('Vue d’ensemble')],
    ]);
  });

  it('opens a list row from the keyboard', async () => {
    const { trainer, cohort } = await training();
    await harness.logIn(trainer.email);
    await harness.page.goto(`${harness.app.url}/#/cohorts`);
    await harness.page.getByRole('link', { name: cohort.name }).focus();
    await harness.page.keyboard.press('Enter');
    await harness.page.waitForURL(new RegExp(`#/cohorts/${cohort.id}/show$`));
  });

  it('has none on a participant’s and an admin’s home and on a course', async () => {
    const { political, cohort } = await training();
    await harness.logIn(political.email);
    await audit([
      ['participant home', heading('Prochaine session')],
      ['course summary', visit(`/courses/${cohort.courseId}/show`, heading(/Urbanisme|Cours/))],
      ['course modules', tab('Modules')],
      ['course description', tab('Description')],
      ['course list', visit('/courses', () => harness.page.getByRole('cell').first().waitFor())],
    ]);
    await harness.signOut();
    const admin = await harness.app.factory.user({ role: 'admin' });
    await harness.logIn(admin.email);
    const rows = () => harness.page.getByRole('row').nth(1).waitFor();
    await audit([
      ['admin home', heading('Cohortes par statut')],
      ['admin cohorts', visit('/cohorts', rows)],
      [
        'admin pairs',
        visit(`/cohorts/${cohort.id}/show/pairs`, () =>
          harness.page.getByTestId('pairs').waitFor(),
        ),
      ],
      ['users', visit('/users', rows)],
      ['territories', visit('/territories', rows)],
      ['audit log', visit('/audit-log', rows)],
      ['civic techs', visit('/civic-techs', heading(/Civic-techs/))],
    ]);
  });

  it('has none on a phone, for a participant and a trainer', async () => {
    const { political, trainer, cohort } = await training();
    await harness.page.setViewportSize({ width: 390, height: 844 });
    await harness.logIn(political.email);
    await audit([
      ['participant home, phone', heading('Prochaine session')],
      ['public commons, phone', visit('/public', heading('Les communs'))],
    ]);
    await harness.signOut();
    await harness.logIn(trainer.email);
    await audit([
      ['trainer home, phone', heading(cohort.name)],
      [
        'attendance, phone',
        visit(`/cohorts/${cohort.id}/show/attendance`, () =>
          harness.page.getByTestId('attendance-grid').waitFor(),
        ),
      ],
    ]);
  });
});
