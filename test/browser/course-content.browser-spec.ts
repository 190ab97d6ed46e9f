import { createCourse, createModule } from '../support/courses';
import { useBrowser } from './harness';

describe('course content editing in the browser', () => {
  const h = useBrowser();

  /** A course assigned to a new trainer, with one module, opened on its modules tab. */
  async function openTrainerCourse() {
    const trainer = await h.app.factory.user({ role: 'trainer' });
    const auth = await h.adminAuth();
    const titleFr = `Cours ${Date.now()}`;
    const course = await createCourse(h.app, auth, { titleFr, trainerIds: [trainer.id] });
    const module = await createModule(h.app, auth, course.id, 'civic_tech_testing', {
      titleFr: 'Tester Decidim',
      summaryFr: 'Un résumé à effacer',
    });
    await h.logIn(trainer.email);
    await h.menuItem('Cours').click();
    await h.page.getByRole('cell', { name: titleFr }).click();
    await h.page.getByRole('tab', { name: 'Modules' }).click();
    const trainerAuth = `Bearer ${await h.app.tokenFor(trainer)}`;
    const get = async (path: string) =>
      (await h.app.http().get(`/api/v1/${path}`).set('Authorization', trainerAuth)).body;
    return { course, module, get };
  }

  it('lets an assigned trainer add, edit and delete modules, clearing a summary to ""', async () => {
    const { course, module, get } = await openTrainerCourse();
    const { page } = h;
    const dialog = page.getByRole('dialog');

    await page
      .getByTestId('phase-free_software_culture')
      .getByRole('button', { name: 'Ajouter un module' })
      .click();
    await dialog.locator('input[name="titleFr"]').fill('Histoire du libre');
    await dialog.locator('input[name="titleEn"]').fill('History of free software');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('1. Histoire du libre').waitFor();

    const decidim = page.getByTestId('course-module').filter({ hasText: 'Tester Decidim' });
    await decidim.getByRole('button', { name: 'Éditer' }).click();
    await dialog.locator('input[name="titleFr"]').fill('Tester Decidim et CONSUL');
    await dialog.locator('textarea[name="summaryFr"]').fill('');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('1. Tester Decidim et CONSUL').waitFor();
    expect(await get(`course-modules/${module.id}`)).toMatchObject({
      titleFr: 'Tester Decidim et CONSUL',
      summaryFr: '',
    });

    const history = page.getByTestId('course-module').filter({ hasText: 'Histoire du libre' });
    await history.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('1. Histoire du libre').waitFor({ state: 'detached' });
    const left = await get(`course-modules?courseId=${course.id}`);
    expect(left.map((m: { titleFr: string }) => m.titleFr)).toEqual(['Tester Decidim et CONSUL']);
  });

  it('lets a trainer add a link and a text, reorder them, and upload a file', async () => {
    const { module, get } = await openTrainerCourse();
    const { page } = h;
    const dialog = page.getByRole('dialog');
    const decidim = page.getByTestId('course-module').filter({ hasText: 'Tester Decidim' });

    await decidim.getByRole('button', { name: 'Ajouter un lien ou un texte' }).click();
    await dialog.locator('input[name="title"]').fill('Site de Decidim');
    await dialog.locator('input[name="url"]').fill('ftp://decidim.org');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText(/doit être une adresse web \(URL\)/).waitFor();
    await dialog.locator('input[name="url"]').fill('https://decidim.org');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('link', { name: 'Site de Decidim' }).waitFor();

    await decidim.getByRole('button', { name: 'Ajouter un lien ou un texte' }).click();
    await dialog.getByRole('radio', { name: 'Texte' }).check();
    await dialog.locator('input[name="title"]').fill('Consignes');
    await dialog.locator('textarea[name="body"]').fill('Créez un espace de test.');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Consignes', { exact: true }).waitFor();

    const instructions = page.getByTestId('course-resource').filter({ hasText: 'Consignes' });
    await instructions.getByRole('button', { name: 'Monter' }).click();
    await page.getByTestId('course-resource').first().filter({ hasText: 'Consignes' }).waitFor();
    const titles = async () =>
      (await get(`course-resources?moduleId=${module.id}&_sort=position&_order=ASC`)).map(
        (r: { title: string }) => r.title,
      );
    expect(await titles()).toEqual(['Consignes', 'Site de Decidim']);

    await decidim.getByRole('button', { name: 'Déposer un fichier' }).click();
    const fileInput = dialog.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'programme.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0xff, 0xfe]),
    });
    await dialog.locator('input[name="title"]').fill('Programme');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('is not an accepted format').waitFor();

    await dialog.getByRole('button', { name: 'Supprimer' }).first().click();
    await fileInput.setInputFiles({
      name: 'notes.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Notes de séance\n\nÀ relire.\n'),
    });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByTestId('course-resource').filter({ hasText: 'Programme' }).waitFor();
    expect(await titles()).toEqual(['Consignes', 'Site de Decidim', 'Programme']);
  });
});
