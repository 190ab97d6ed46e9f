import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import { useBrowser } from './harness';

describe('the public side, as a visitor without an account', () => {
  const harness = useBrowser();

  it('reads the commons, a course, the catalogue and finds the open-data export', async () => {
    const course = await harness.app.factory.course({ status: 'published' });
    const tool = { ...CIVIC_TECH_SEED[0], slug: `tool-${Date.now()}` };
    const created = await harness.app
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', await harness.adminAuth())
      .send(tool);
    expect(created.status).toBe(201);

    await harness.page.goto(`${harness.app.url}/#/login`);
    await harness.page.getByRole('link', { name: /Les communs/ }).click();
    await harness.page.getByRole('heading', { level: 1, name: 'Les communs' }).waitFor();
    expect(harness.page.url()).toMatch(/#\/public$/);
    const href = await harness.page
      .getByRole('link', { name: 'Données ouvertes (zip)' })
      .getAttribute('href');
    expect(href).toBe('/api/v1/public/commons.zip');

    await harness.page
      .getByTestId('public-courses')
      .getByRole('link', { name: /Urbanisme ouvert/ })
      .first()
      .waitFor();
    await harness.page.goto(`${harness.app.url}/#/public/courses/${course.slug}`);
    await harness.page.getByRole('heading', { level: 1, name: 'Urbanisme ouvert' }).waitFor();
    await harness.page
      .getByRole('heading', { level: 2, name: 'Culture du logiciel libre' })
      .waitFor();

    await harness.page.getByRole('link', { name: 'Catalogue des civic-techs' }).click();
    await harness.page
      .getByTestId('public-catalogue')
      .getByRole('heading', { name: tool.name })
      .first()
      .waitFor();
    expect(harness.page.url()).not.toMatch(/login/);
  });

  it('finds an open cohort on its course page and sends a pair’s application to it', async () => {
    const course = await harness.app.factory.course({ status: 'published' });
    const cohort = await harness.app.factory.cohort({
      courseId: course.id,
      name: 'Grenoble printemps',
      startsOn: '2027-03-15',
    });
    await harness.openCohort(cohort.id);
    // A cohort still in draft takes no application: the visitor does not see it.
    await harness.app.factory.cohort({ courseId: course.id, name: 'Brouillon' });

    await harness.page.goto(`${harness.app.url}/#/public/courses/${course.slug}`);
    const open = harness.page.getByTestId('public-open-cohorts');
    await open.getByRole('heading', { name: 'Sessions ouvertes aux candidatures' }).waitFor();
    await open.getByText(/10 places libres/).waitFor();
    expect(await open.getByRole('listitem').count()).toBe(1);
    await open.getByRole('link', { name: 'Candidater à Grenoble printemps' }).click();
    expect(harness.page.url()).toMatch(new RegExp(`#/public/apply/${cohort.id}$`));
    await harness.page.getByRole('textbox', { name: 'Nom du territoire' }).fill('Échirolles');
    await harness.page.getByRole('combobox', { name: 'Échelon' }).click();
    await harness.page.getByRole('option', { name: 'Commune' }).click();
    for (const [kind, name] of [
      ['political', 'Camille Élue'],
      ['technical', 'Dominique Agent'],
    ]) {
      await harness.page.locator(`input[name="${kind}.displayName"]`).fill(name);
      await harness.page
        .locator(`input[name="${kind}.email"]`)
        .fill(`${kind}-${Date.now()}@echirolles.fr`);
    }
    await harness.page.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await harness.page.getByText('Candidature reçue').waitFor();

    const pairs = await harness.app
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', await harness.adminAuth());
    expect(pairs.body).toEqual([
      expect.objectContaining({ territoryName: 'Échirolles', status: 'applied' }),
    ]);
  });

  it('speaks the browser’s language on the login page and switches with html lang', async () => {
    await harness.page.addInitScript(
      "Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'en'] })",
    );
    await harness.page.goto(`${harness.app.url}/#/login`);
    await harness.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await harness.page.evaluate('document.documentElement.lang')).toBe('en');

    await harness.page.getByRole('button', { name: 'Français' }).click();
    await harness.page.getByRole('button', { name: 'Connexion' }).waitFor();
    expect(await harness.page.evaluate('document.documentElement.lang')).toBe('fr');
  });
});
