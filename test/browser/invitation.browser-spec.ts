import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { startTestWorker, type TestWorker } from '../support/worker';
import { useBrowser } from './harness';

const NEW_PASSWORD = 'une phrase longue et secrète';

/**
 * An invited participant opens their account from the mail a real worker sent to a real SMTP
 * server, and finds their cohort and their enrolment notification.
 */
describe('invitation → activation → inbox in the browser', () => {
  const h = useBrowser();
  let smtp: TestSmtpServer;
  let worker: TestWorker;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    worker = await startTestWorker({ SMTP_URL: smtp.url }, h.app.databaseUrl);
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
  });

  it('lets an admin invite a participant who opens the account and sees cohort and inbox', async () => {
    const { page, app } = h;
    const admin = await app.factory.user({ role: 'admin', locale: 'fr' });
    const territory = await app.factory.territory({ name: `Villeneuve ${Date.now()}` });
    const cohort = await app.factory.cohort({ capacity: 6 });
    const email = `camille-${Date.now()}@people.test`;

    // The admin creates the participant without a password.
    await h.logIn(admin.email);
    await page.goto(`${app.url}/#/users/create`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="displayName"]').fill('Camille Invitée');
    await page.getByRole('combobox', { name: 'Profil' }).click();
    await page.getByRole('option', { name: 'Élu·e' }).click();
    await page.getByRole('combobox', { name: 'Territoire' }).fill(territory.name);
    await page.getByRole('option', { name: territory.name }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/#\/users\/[0-9a-f-]{36}$/);

    // Enrolled with a partner of the same territory (over the api, as a trainer would).
    const [camille] = await app.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
    const partner = await app.factory.user({ kind: 'technical', territoryId: territory.id });
    const enrolled = await app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', `Bearer ${await app.tokenFor(admin)}`)
      .send({ politicalId: camille.id, technicalId: partner.id });
    expect(enrolled.status).toBe(201);

    // The invitation link from the captured mail opens the activation page.
    const [invitation] = await smtp.messagesTo(email, 1);
    expect(invitation.subject).toMatch(/Votre compte Apprenance vous attend/);
    const link = /https?:\/\/\S+?(\/#\/activate\?token=\S+)/.exec(invitation.text ?? '');
    expect(link).not.toBeNull();
    // The participant, on their own browser.
    const own = await page
      .context()
      .browser()
      ?.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    if (!own) throw new Error('no browser');
    h.page = await own.newPage();
    await page.context().close();
    const participant = h.page;
    await participant.goto(`${app.url}${link?.[1]}`);
    await participant.getByRole('heading', { name: 'Ouvrir votre compte' }).waitFor();
    await participant.locator('input[name="password"]').fill(NEW_PASSWORD);
    await participant.locator('input[name="confirmation"]').fill(NEW_PASSWORD);
    await participant.getByRole('button', { name: 'Choisir ce mot de passe' }).click();

    // Signed in: the home screen, the cohort, and the enrolment in the inbox.
    await participant
      .getByTestId('dashboard-greeting')
      .filter({ hasText: 'Camille Invitée' })
      .waitFor();
    await h.menuItem('Cohortes').click();
    await participant.getByRole('cell', { name: cohort.name }).waitFor();
    await participant.getByRole('menuitem', { name: /Boîte de réception/ }).click();
    await participant.getByText(`Inscription confirmée : ${cohort.name}`).waitFor();
    await participant.screenshot({ path: join(tmpdir(), 'apprenance-inbox.png') });

    // They turn enrolment mail off; the inbox keeps showing it.
    await participant.getByRole('link', { name: 'Préférences de courriel' }).click();
    await participant.getByRole('checkbox', { name: "Inscription et liste d'attente" }).check();
    await participant.getByRole('button', { name: 'Enregistrer' }).click();
    await participant.getByText('Préférences enregistrées').waitFor();
    await participant.screenshot({ path: join(tmpdir(), 'apprenance-preferences.png') });
    const [stored] = await app.dataSource.query(`SELECT email_opt_out FROM users WHERE id = $1`, [
      camille.id,
    ]);
    expect(stored.email_opt_out).toEqual(['enrolment']);
  });
});
