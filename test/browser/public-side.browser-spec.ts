import type { Page } from 'playwright-core';
import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import type { TestApp } from '../support/app';
import { useBrowser } from './harness';

describe('the public side, as a visitor without an account', () => {
  const harness = useBrowser();
  let app: TestApp;
  let page: Page;
  beforeAll(() => {
    app = harness.app;
  });
  beforeEach(() => {
    page = harness.page;
  });

  it('reads the commons, a course, the catalogue and finds the open-data export', async () => {
    const course = await app.factory.course({ status: 'published' });
    const tool = { ...CIVIC_TECH_SEED[0], slug: `tool-${Date.now()}` };
    const created = await app
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', await harness.adminAuth())
      .send(tool);
    expect(created.status).toBe(201);

    await page.goto(`${app.url}/#/login`);
    await page.getByRole('link', { name: /Les communs/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Les communs' }).waitFor();
    expect(page.url()).toMatch(/#\/public$/);
    const href = await page
      .getByRole('link', { name: 'Données ouvertes (zip)' })
      .getAttribute('href');
    expect(href).toBe('/api/v1/public/commons.zip');

    await page
      .getByTestId('public-courses')
      .getByRole('link', { name: /Urbanisme ouvert/ })
      .first()
      .waitFor();
    await page.goto(`${app.url}/#/public/courses/${course.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Urbanisme ouvert' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Culture du logiciel libre' }).waitFor();

    await page.getByRole('link', { name: 'Catalogue des civic-techs' }).click();
    await page
      .getByTestId('public-catalogue')
      .getByRole('heading', { name: tool.name })
      .first()
      .waitFor();
    expect(page.url()).not.toMatch(/login/);
  });

  it('sends a pair’s application to an open cohort', async () => {
    const cohort = await app.factory.cohort({ startsOn: '2027-03-15' });
    const opened = await app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/status`)
      .set('Authorization', await harness.adminAuth())
      .send({ status: 'open' });
    expect(opened.status).toBe(200);

    await page.goto(`${app.url}/#/public/apply/${cohort.id}`);
    await page.getByRole('textbox', { name: 'Nom du territoire' }).fill('Échirolles');
    await page.getByRole('combobox', { name: 'Échelon' }).click();
    await page.getByRole('option', { name: 'Commune' }).click();
    for (const [kind, name] of [
      ['political', 'Camille Élue'],
      ['technical', 'Dominique Agent'],
    ]) {
      await page.locator(`input[name="${kind}.displayName"]`).fill(name);
      await page.locator(`input[name="${kind}.email"]`).fill(`${kind}-${Date.now()}@echirolles.fr`);
    }
    await page.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await page.getByText('Candidature reçue').waitFor();

    const pairs = await app
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', await harness.adminAuth());
    expect(pairs.body).toEqual([
      expect.objectContaining({ territoryName: 'Échirolles', status: 'applied' }),
    ]);
  });

  it('speaks the browser’s language on the login page and switches with html lang', async () => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'en'] }),
    );
    await page.goto(`${app.url}/#/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Connexion' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });
});
