import { useBrowser } from './harness';
import { samples } from '../support/files';
import { caller, civicTech, cohortWithPairs, submittedPrototype } from '../support/prototypes';

describe('prototypes in the browser', () => {
  const h = useBrowser();

  it('takes a prototype from the canvas to acceptance, through changes, a diff and a peer review', async () => {
    const ctx = h.app;
    const tool = await civicTech(ctx);
    const cohort = await cohortWithPairs(ctx, 2);
    const [mine, peer] = cohort.pairs;
    const admin = await caller(ctx, 'admin');
    await ctx
      .http()
      .put(`/api/v1/courses/${cohort.courseId}/review-criteria`)
      .set('Authorization', admin.auth)
      .send({ criteria: [{ labelFr: 'Faisabilité', labelEn: 'Feasibility' }] })
      .expect(200);
    await submittedPrototype(ctx, peer, tool);
    const toolName = (
      await ctx.http().get(`/api/v1/civic-techs/${tool}`).set('Authorization', admin.auth)
    ).body.name;
    let { page } = h;
    const notified = (text: string) => page.getByText(text).first().waitFor();
    /** A trainer's move: the button, a comment in the dialog, then the notice. */
    const move = async (button: string, comment: string, notice: string) => {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('dialog').getByLabel('Commentaire').fill(comment);
      await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
      await notified(notice);
    };
    /** Another person, on their own browser. */
    const switchTo = async (email: string) => {
      await h.signOut();
      page = h.page;
      await h.logIn(email);
    };

    // The participant fills the canvas, attaches a PDF and submits.
    await h.logIn(mine.political.email);
    await h.menuItem('Prototypes').click();
    await page.getByRole('button', { name: 'Commencer notre prototype' }).click();
    await page.waitForURL(/#\/prototypes\/[0-9a-f-]+$/);
    await page.getByLabel('Titre').fill('Un budget participatif de quartier');
    await page.getByLabel('Problème du territoire').fill('Les habitants ne sont pas associés.');
    await page.getByLabel('Public visé').fill('Habitants des quartiers prioritaires');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByLabel('Civic-tech').click();
    await page.getByRole('option', { name: toolName }).click();
    await page.getByLabel('Adaptation').fill('Une assemblée en mairie');
    await page.getByLabel('Lancement').check();
    const conditions = [
      'Travailler sur soi',
      'Se connaître',
      'Réunir des ressources',
      "S'engager formellement",
      'Co-construire des projets',
      'Mener les projets',
      'Vie sociale et contexte',
    ];
    for (const condition of conditions)
      await page.getByLabel(condition).fill(`Plan : ${condition}`);
    await page.getByLabel('Premiers pas').fill('Délibération en conseil');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByTestId('attach-file').setInputFiles({
      name: 'strategie.pdf',
      mimeType: 'application/pdf',
      buffer: samples.pdf(),
    });
    await page.getByTestId('attachments').getByText('strategie.pdf').waitFor();
    await page.getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await notified('Version soumise');
    const prototypeId = page.url().match(/prototypes\/([0-9a-f-]+)\/show/)![1];

    // The trainer presents it, then requests changes with a comment.
    await switchTo(cohort.trainer.email);
    await page.goto(`${ctx.url}/#/prototypes/${prototypeId}/show`);
    await move('Marquer présenté', 'Présenté en séance', 'Prototype : Présenté');
    await move(
      'Demander des modifications',
      'Précisez le budget',
      'Prototype : Modifications demandées',
    );

    // The participant reads the comment, submits version 2 and sees the diff.
    await switchTo(mine.technical.email);
    await page.goto(`${ctx.url}/#/prototypes/${prototypeId}/show/history`);
    await page.getByTestId('history').getByText('Précisez le budget').waitFor();
    await page.goto(`${ctx.url}/#/prototypes/${prototypeId}`);
    await page.getByLabel('Titre').fill('Un budget participatif chiffré');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await notified('Version soumise');
    await page.getByRole('tab', { name: 'Versions' }).click();
    const titleRow = page.getByTestId('diff').getByRole('row').filter({ hasText: 'Titre' });
    await titleRow.getByText('Un budget participatif chiffré').waitFor();
    await titleRow.getByText('Un budget participatif de quartier').waitFor();

    // The trainer allocates the reviews.
    await switchTo(cohort.trainer.email);
    await h.menuItem('Relectures').click();
    await page.getByLabel('Cohorte').click();
    await page.getByRole('option', { name: cohort.name }).click();
    await page.getByRole('button', { name: 'Attribuer les relectures' }).click();
    await notified('2 relectures attribuées');

    // A peer writes its review.
    await switchTo(peer.political.email);
    await h.menuItem('Relectures').click();
    await page.getByRole('button', { name: 'Relire' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Points forts').fill('Un diagnostic précis');
    await dialog.getByLabel('Questions').fill('Quel calendrier ?');
    await dialog.getByLabel('Suggestions').fill('Associer les conseils de quartier');
    await dialog.getByLabel('Faisabilité').fill('4');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await notified('Relecture envoyée');

    // The trainer presents version 2 and accepts it.
    await switchTo(cohort.trainer.email);
    await page.goto(`${ctx.url}/#/prototypes/${prototypeId}/show`);
    await move('Marquer présenté', 'Version 2 présentée', 'Prototype : Présenté');
    await move('Accepter', 'Bravo', 'Prototype : Accepté');

    const [row] = await ctx.dataSource.query(
      `SELECT status, current_version FROM prototypes WHERE id = $1`,
      [prototypeId],
    );
    expect(row).toEqual({ status: 'accepted', current_version: 2 });
    const [reviews] = await ctx.dataSource.query(
      `SELECT count(*)::int n FROM peer_reviews WHERE prototype_id = $1 AND submitted_at IS NOT NULL`,
      [prototypeId],
    );
    expect(reviews.n).toBe(1);
  });
});
