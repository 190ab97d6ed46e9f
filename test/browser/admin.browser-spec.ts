import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/app';
import { useBrowser } from './harness';

const PASSWORD = 'correct horse battery';
describe('admin web app', () => {
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

  async function logIn(email: string, password = PASSWORD): Promise<void> {
    await page.goto(`${app.url}/#/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
  }

  const menuItem = (name: string) => page.getByRole('menuitem', { name, exact: true });

  it('keeps a wrong password on the login page with an error notification', async () => {
    const admin = await app.factory.user({ role: 'admin', password: PASSWORD });

    await logIn(admin.email, 'not the password at all');

    await page.getByRole('alert').filter({ hasText: "Échec de l'authentification" }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/login');
    expect(await page.locator('input[name="password"]').isVisible()).toBe(true);
  });

  it('lets an admin see the users and add a territory', async () => {
    const admin = await app.factory.user({
      role: 'admin',
      password: PASSWORD,
      displayName: 'Ada Administratrice',
      locale: 'fr',
    });
    const trainer = await app.factory.user({ role: 'trainer', password: PASSWORD });
    const territory = `Saint-Apprenant ${Date.now()}`;

    await logIn(admin.email);
    await page.getByTestId('dashboard-greeting').filter({ hasText: admin.displayName }).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'apprenance-admin.png') });

    await menuItem('Utilisateurs').click();
    await page.getByRole('cell', { name: trainer.email }).waitFor();
    expect(await page.getByRole('cell', { name: admin.email }).count()).toBe(1);

    await menuItem('Territoires').click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.locator('input[name="name"]').fill(territory);
    await page.locator('input[name="country"]').fill('fr');
    await page.getByRole('combobox', { name: 'Échelon' }).click();
    await page.getByRole('option', { name: 'Commune' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.waitForURL(/#\/territories$/);
    await page.getByRole('cell', { name: territory }).waitFor();
    expect(await page.getByRole('cell', { name: 'FR' }).count()).toBeGreaterThan(0);
  });

  it('shows a participant no users menu', async () => {
    const participant = await app.factory.user({ role: 'participant', password: PASSWORD });

    await logIn(participant.email);

    await menuItem('Tableau de bord').waitFor();
    await page.getByTestId('dashboard-role').filter({ hasText: 'Participant·e' }).waitFor();
    expect(await menuItem('Utilisateurs').count()).toBe(0);
  });

  it('switches the menu to English', async () => {
    const admin = await app.factory.user({ role: 'admin', password: PASSWORD, locale: 'fr' });

    await logIn(admin.email);
    await menuItem('Utilisateurs').waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    await menuItem('Users').waitFor();
    expect(await menuItem('Utilisateurs').count()).toBe(0);
  });

  it("opens in the user's own language", async () => {
    const trainer = await app.factory.user({ role: 'trainer', password: PASSWORD, locale: 'en' });

    await logIn(trainer.email);

    await menuItem('Territories').waitFor();
    await page.getByTestId('dashboard-role').filter({ hasText: 'Trainer' }).waitFor();
  });
});
