import { useBrowser } from './harness';

describe('the audit log, as an admin reads it', () => {
  const harness = useBrowser();

  it('names the actor and the change in words, links the record and shows the fields', async () => {
    const { app } = harness;
    const admin = await app.factory.user({ role: 'admin', displayName: 'Ada Auditrice' });
    const cohort = await app.factory.cohort({ name: 'Avant' });
    const renamed = await app
      .http()
      .patch(`/api/v1/cohorts/${cohort.id}`)
      .set('Authorization', `Bearer ${await app.tokenFor(admin)}`)
      .send({ name: 'Après' });
    expect(renamed.status).toBe(200);

    await harness.logIn(admin.email);
    const page = harness.page;
    await page.goto(
      `${app.url}/#/audit-log?filter=${encodeURIComponent(JSON.stringify({ entityId: cohort.id }))}`,
    );
    const row = page.getByRole('row', { name: /Cohorte — modification/ });
    await row.getByText('Ada Auditrice').waitFor();
    await row.getByRole('link').first().click();

    const changes = page.getByTestId('audit-changes');
    await changes.getByRole('row', { name: 'name Avant Après' }).waitFor();
    await page.getByRole('link', { name: 'Ouvrir : Cohorte' }).click();
    await page.waitForURL(new RegExp(`#/cohorts/${cohort.id}/show$`));
  });
});
