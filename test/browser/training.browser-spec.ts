import type { Page } from 'playwright-core';
import type { TestApp } from '../support/app';
import { useBrowser } from './harness';
import { createModule } from '../support/courses';
import { TEST_PASSWORD } from '../support/factory';

// A Monday, so that the short format's three half-days are easy to recognise.
const STARTS_ON = '2027-03-15';

describe('training screens', () => {
  const harness = useBrowser();
  let app: TestApp;
  let page: Page;

  // The harness' hooks run first: they start the app and Chromium, and open a fresh context.
  beforeAll(() => {
    app = harness.app;
  });
  beforeEach(() => {
    page = harness.page;
  });

  async function logIn(email: string): Promise<void> {
    await page.goto(`${app.url}/#/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('dashboard-greeting').waitFor();
  }

  const menuItem = (name: string) => page.getByRole('menuitem', { name, exact: true });

  /** A cohort with its sessions scheduled and one pair enrolled by an admin over the api. */
  async function cohortWithPair(trainerIds: string[] = []) {
    const cohort = await app.factory.cohort({ startsOn: STARTS_ON, trainerIds });
    const members = await app.factory.pairMembers();
    const admin = await app.factory.user({ role: 'admin' });
    const response = await app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', `Bearer ${await app.tokenFor(admin)}`)
      .send({ politicalId: members.political.id, technicalId: members.technical.id });
    expect(response.status).toBe(201);
    return { cohort, ...members, pair: response.body as { territoryName: string } };
  }

  it('lets an admin create a cohort of a published course and find it in the list', async () => {
    const admin = await app.factory.user({ role: 'admin' });
    await app.factory.course({ status: 'published' });
    const name = `Grenoble printemps ${Date.now()}`;

    await logIn(admin.email);
    await menuItem('Cohortes').click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('combobox', { name: 'Cours' }).fill('Urbanisme');
    await page.getByRole('option', { name: 'Urbanisme ouvert' }).first().click();
    await page.locator('input[name="name"]').fill(name);
    await page.locator('input[name="venue"]').fill('Maison de la citoyenneté');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.waitForURL(/#\/cohorts\/[0-9a-f-]+\/show$/);
    await page.getByText(name).first().waitFor();
    await menuItem('Cohortes').click();
    await page.getByRole('cell', { name }).waitFor();
    expect(await page.getByRole('cell', { name: 'Brouillon' }).count()).toBeGreaterThan(0);
  });

  it('shows a trainer the pairs and the local sessions of their cohort', async () => {
    const trainer = await app.factory.user({ role: 'trainer' });
    const { cohort, political, pair } = await cohortWithPair([trainer.id]);

    await logIn(trainer.email);
    await menuItem('Cohortes').click();
    await page.getByRole('cell', { name: cohort.name }).click();
    await page.waitForURL(/#\/cohorts\/[0-9a-f-]+\/show$/);

    await page.getByRole('tab', { name: 'Binômes' }).click();
    await page.getByRole('cell', { name: pair.territoryName }).waitFor();
    await page.getByText(political.displayName).waitFor();
    await page.getByRole('cell', { name: 'Inscrit', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Retirer' }).waitFor();

    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByTestId('sessions-time-zone').filter({ hasText: 'Europe/Paris' }).waitFor();
    await page.getByRole('cell', { name: 'Culture du logiciel libre' }).waitFor();
    await page.getByRole('cell', { name: 'lundi 15 mars 2027' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Application stratégique' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/apprenance-cohort.png', fullPage: true });

    await page.getByRole('tab', { name: 'Présences' }).click();
    const firstDay = `${political.displayName} — Culture du logiciel libre — lundi 15 mars 2027 — jour 1`;
    await page.getByRole('combobox', { name: firstDay }).click();
    await page.getByRole('option', { name: 'Présent·e' }).click();
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await page.getByText('Présences enregistrées').waitFor();
    const attendance = await app
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/attendance`)
      .set('Authorization', `Bearer ${await app.tokenFor(trainer)}`);
    expect(attendance.body).toEqual([
      expect.objectContaining({ participantId: political.id, dayIndex: 1, status: 'present' }),
    ]);
  });

  it('shows a participant their own cohort and course read-only, and no users menu', async () => {
    const { cohort, technical } = await cohortWithPair();
    const other = await app.factory.cohort();
    const admin = await app.factory.user({ role: 'admin' });
    const auth = `Bearer ${await app.tokenFor(admin)}`;
    await createModule(app, auth, cohort.courseId, 'civic_tech_testing', {
      titleFr: 'Tester Decidim',
    });

    await logIn(technical.email);
    await menuItem('Cohortes').click();
    await page.getByRole('cell', { name: cohort.name }).waitFor();
    expect(await page.getByRole('cell', { name: other.name }).count()).toBe(0);
    expect(await menuItem('Utilisateurs').count()).toBe(0);
    await menuItem('Cours').waitFor();

    await page.getByRole('cell', { name: cohort.name }).click();
    await page.getByRole('tab', { name: 'Présences' }).click();
    await page.getByTestId('attendance-grid').getByText(technical.displayName).waitFor();
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);

    await menuItem('Cours').click();
    await page.getByRole('cell', { name: 'Urbanisme ouvert' }).click();
    await page.getByRole('tab', { name: 'Modules' }).click();
    await page.getByTestId('course-modules').getByText('1. Tester Decidim').waitFor();
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
  });
});
