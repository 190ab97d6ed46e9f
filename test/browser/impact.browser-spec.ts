import { endCohort, followUpBody, parisDayAgo } from '../support/impact';
import { caller, cohortWithPairs } from '../support/prototypes';
import { seriousViolations } from './axe';
import { useBrowser } from './harness';

describe('impact in the browser', () => {
  const h = useBrowser();

  it('a participant records a follow-up; the admin sees it in the dashboard charts', async () => {
    const ctx = h.app;
    const cohort = await cohortWithPairs(ctx, 3);
    await endCohort(ctx, cohort.id, parisDayAgo(3, 5));
    const [first, second, third] = cohort.pairs;
    for (const [pair, status] of [
      [first, 'adopted'],
      [second, 'in_progress'],
    ] as const) {
      await ctx
        .http()
        .put(`/api/v1/follow-ups/${pair.id}/3`)
        .set('Authorization', pair.political.auth)
        .send(followUpBody(status, status === 'adopted'))
        .expect(200);
    }

    // The participant sees the follow-up due on their home, and records it.
    await h.logIn(third.technical.email);
    let { page } = h;
    await page.getByTestId('home-todo').getByText('Renseigner le suivi à 3 mois').waitFor();
    await h.menuItem('Suivi des stratégies').click();
    await page.getByRole('button', { name: /^Renseigner — Suivi à 3 mois/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Statut de la stratégie').click();
    await page.getByRole('option', { name: 'Adoptée', exact: true }).click();
    await dialog.getByLabel('Financement acquis').check();
    await dialog.getByLabel('Ce qui a changé').fill('Le conseil a voté la stratégie.');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Suivi enregistré.').first().waitFor();
    await page.getByRole('cell', { name: 'Renseigné' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The admin's dashboard: 3 pairs at 3 months, 2 adopted (66.7 %), 1 in progress (33.3 %).
    await h.signOut();
    page = h.page;
    const admin = await caller(ctx, 'admin');
    await h.logIn(admin.email);
    await h.menuItem("Tableau d'impact").click();
    const adoption = page.getByTestId('impact-adoption');
    await adoption.locator('svg').first().waitFor();
    await adoption.getByText('Voir les données en tableau').click();
    const row = adoption.getByRole('row').filter({ hasText: '3 mois' });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      '3 mois · Court (trois demi-journées) · Urbanisme ouvert',
      '3',
      '66.7 %',
      '33.3 %',
      '0 %',
      '0 %',
      '0 %',
      '66.7 %',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    const baseline = adoption.getByRole('row').filter({ hasText: 'Référence URBACT' });
    expect(await baseline.getByRole('cell').allInnerTexts()).toEqual([
      'Référence URBACT',
      '190',
      '21 %',
      '27 %',
      '18 %',
      '34 %',
      '—',
      '48 %',
    ]);
  }, 180_000);
});
