import { createModule } from '../support/courses';
import { useBrowser } from './harness';

// Mondays long past and well ahead: a past cohort's sessions have all begun.
const PAST_MONDAY = '2026-01-05';
const FUTURE_MONDAY = '2027-03-15';

describe('each role’s home and the trainer’s cohort overview', () => {
  const harness = useBrowser();

  /** An open cohort with one enrolled pair, set up over the api. */
  async function openCohort(startsOn: string, trainerIds: string[] = []) {
    const auth = await harness.adminAuth();
    const cohort = await harness.app.factory.cohort({ startsOn, trainerIds });
    await harness.openCohort(cohort.id);
    const members = await harness.app.factory.pairMembers();
    const enrolled = await harness.app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', auth)
      .send({ politicalId: members.political.id, technicalId: members.technical.id });
    expect(enrolled.status).toBe(201);
    return { cohort, auth, ...members };
  }

  it('shows a participant the next session with its venue, the phase and a text to read', async () => {
    const { cohort, auth, political } = await openCohort(FUTURE_MONDAY);
    const module = await createModule(harness.app, auth, cohort.courseId, 'free_software_culture', {
      titleFr: 'Lire avant de venir',
    });
    const text = await harness.app
      .http()
      .post('/api/v1/course-resources')
      .set('Authorization', auth)
      .send({
        moduleId: module.id,
        kind: 'text',
        title: 'Notes de lecture',
        language: 'fr',
        body: '# Contribuer\n\nLe **logiciel libre** <img src=x onerror="window.__hacked=1">',
      });
    expect(text.status).toBe(201);

    await harness.logIn(political.email);
    const next = harness.page.getByTestId('next-session');
    await next.filter({ hasText: 'lundi 15 mars 2027' }).waitFor();
    await next.filter({ hasText: 'Maison de la citoyenneté' }).waitFor();
    // No prototype yet: starting it is the pair's first thing to do.
    await harness.page
      .getByTestId('home-todo')
      .getByRole('link', { name: 'Commencer notre prototype' })
      .waitFor();
    await harness.page.getByTestId('home-course').getByText('Urbanisme ouvert').click();

    await harness.page.getByRole('tab', { name: 'Modules' }).click();
    await harness.page.getByRole('button', { name: 'Notes de lecture' }).click();
    const body = harness.page.getByTestId('resource-body');
    await body.getByRole('heading', { name: 'Contribuer' }).waitFor();
    expect(await body.locator('strong').textContent()).toBe('logiciel libre');
    expect(await body.locator('[onerror]').count()).toBe(0);
    expect(await harness.page.evaluate('window.__hacked')).toBeUndefined();
  });

  it('gives a trainer each cohort with the attendance to record, and an overview', async () => {
    const trainer = await harness.app.factory.user({ role: 'trainer' });
    const { cohort, political, technical } = await openCohort(PAST_MONDAY, [trainer.id]);

    await harness.logIn(trainer.email);
    const card = harness.page.getByTestId(`home-cohort-${cohort.id}`);
    await card.getByRole('heading', { name: cohort.name }).waitFor();
    await card
      .getByTestId('todo')
      .getByRole('link', { name: /Saisir les présences : Culture du logiciel libre/ })
      .waitFor();
    await card.getByTestId('home-waitlist').filter({ hasText: '0 binôme' }).waitFor();

    await card.getByRole('link', { name: 'Vue d’ensemble de la cohorte' }).click();
    const overview = harness.page.getByTestId('cohort-overview');
    await overview.getByText(political.displayName).waitFor();
    await overview.getByText(technical.displayName).waitFor();
    expect(await harness.page.getByTestId('missing-attendance').getByRole('link').count()).toBe(3);
    await overview.getByRole('button', { name: 'Copier les courriels de la cohorte' }).waitFor();
  });

  it('lets a trainer enrol a pair of existing accounts, offering only people free to enrol', async () => {
    const trainer = await harness.app.factory.user({ role: 'trainer' });
    const { cohort, political: enrolled } = await openCohort(FUTURE_MONDAY, [trainer.id]);
    const free = await harness.app.factory.pairMembers();

    await harness.logIn(trainer.email);
    await harness.page.goto(`${harness.app.url}/#/cohorts/${cohort.id}/show/pairs`);
    await harness.page.getByRole('combobox', { name: 'Élu·e' }).click();
    await harness.page
      .getByRole('option', { name: new RegExp(free.political.displayName) })
      .waitFor();
    expect(
      await harness.page.getByRole('option', { name: new RegExp(enrolled.displayName) }).count(),
    ).toBe(0);
    await harness.page
      .getByRole('option', { name: new RegExp(free.political.displayName) })
      .click();
    await harness.page.getByRole('combobox', { name: 'Agent·e technique' }).click();
    await harness.page
      .getByRole('option', { name: new RegExp(free.technical.displayName) })
      .click();
    await harness.page.getByRole('button', { name: 'Inscrire le binôme' }).click();
    await harness.page.getByTestId('pairs').getByText(free.technical.displayName).waitFor();
  });

  it('gives an admin the cohorts by status and the seats of the active ones', async () => {
    const { cohort } = await openCohort(FUTURE_MONDAY);
    const admin = await harness.app.factory.user({ role: 'admin' });
    await harness.logIn(admin.email);
    await harness.page
      .getByTestId('home-cohort-statuses')
      .getByText(/Inscriptions ouvertes : \d+/)
      .waitFor();
    const row = harness.page
      .getByTestId('home-active-cohorts')
      .getByRole('row', { name: new RegExp(cohort.name) });
    await row.getByRole('cell', { name: '2 / 10' }).waitFor();
  });
});
