import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { certifiableCohort, signingEnv } from '../support/certificates';
import { startWorkerContext } from '../support/worker';
import { seriousViolations } from './axe';
import { useBrowser } from './harness';

describe('certificates in the browser', () => {
  const h = useBrowser({ env: signingEnv() });
  let worker: INestApplicationContext | undefined;

  /** The worker starts when the test says, so that the progress bar is seen before it ends. */
  const startWorker = async () => {
    const config = h.app.app.get<AppConfig>(APP_CONFIG);
    worker = await startWorkerContext(h.app.databaseUrl, h.app.redisPrefix, {
      ...signingEnv(),
      STORAGE_LOCAL_DIR: config.STORAGE_LOCAL_DIR,
    });
  };
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  const emailOf = async (id: string): Promise<string> =>
    (await h.app.dataSource.query(`SELECT email FROM users WHERE id = $1`, [id]))[0].email;

  it('lets an admin issue all, watch the progress and download; a participant theirs; anyone verify', async () => {
    const cohort = await certifiableCohort(h.app, 1);
    const admin = await h.app.factory.user({ role: 'admin' });
    const { page } = h;

    await h.logIn(admin.email);
    await page.goto(`${h.app.url}/#/cohorts/${cohort.cohortId}/show/certificates`);
    const rows = page.getByTestId('certificate-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(cohort.eligible.length + 1);
    await page
      .getByText('Free-software culture')
      .or(page.getByText('Culture du logiciel libre'))
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Délivrer à tous les éligibles' }).click();
    const progress = page.getByTestId('batch-progress');
    await progress.getByText(`0 sur ${cohort.eligible.length} certificats traités`).waitFor();
    await startWorker();
    await progress.waitFor({ state: 'detached' });
    await page
      .getByText('Délivré', { exact: true })
      .nth(cohort.eligible.length - 1)
      .waitFor();
    expect(await page.getByText('Délivré', { exact: true }).count()).toBe(cohort.eligible.length);

    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tous les certificats (ZIP)' }).click();
    expect((await zip).suggestedFilename()).toBe('certificates.zip');

    const [{ code }] = await h.app.dataSource.query(
      `SELECT code FROM certificates WHERE participant_id = $1`,
      [cohort.eligible[0]],
    );
    await h.signOut();
    await h.logIn(await emailOf(cohort.eligible[0]));
    await h.page.goto(`${h.app.url}/#/cohorts/${cohort.cohortId}/show/certificates`);
    await h.page.getByTestId('my-certificate').waitFor();
    const pdf = h.page.waitForEvent('download');
    await h.page.getByRole('button', { name: 'Télécharger le PDF' }).click();
    expect((await pdf).suggestedFilename()).toBe(`certificate-${code}.pdf`);

    await h.signOut();
    await h.page.goto(`${h.app.url}/verify/${code}`);
    await h.page.getByText('Ce certificat est valide.').waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
    // Three people sign in with argon2id passwords on two shared cores: more than the default.
  }, 180_000);
});
