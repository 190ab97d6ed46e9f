import { useBrowser } from './harness';

// A Monday; the short format's three half-days fall within the cohort's dates.
const STARTS_ON = '2027-03-15';
const ENDS_ON = '2027-06-30';

describe('cohort actions in the browser', () => {
  const h = useBrowser();

  /** A cohort with its sessions and one pair per territory, enrolled by an admin. */
  async function cohortWithPairs(pairCount: number, trainerIds: string[] = []) {
    const cohort = await h.app.factory.cohort({ startsOn: STARTS_ON, endsOn: ENDS_ON, trainerIds });
    const auth = await h.adminAuth();
    const pairs = [];
    for (let i = 0; i < pairCount; i++) {
      const members = await h.app.factory.pairMembers();
      const response = await h.app
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs`)
        .set('Authorization', auth)
        .send({ politicalId: members.political.id, technicalId: members.technical.id });
      expect(response.status).toBe(201);
      pairs.push({ ...members, pair: response.body as { id: string; territoryName: string } });
    }
    const listPairs = async () =>
      (await h.app.http().get(`/api/v1/cohorts/${cohort.id}/pairs`).set('Authorization', auth))
        .body as { id: string; territoryName: string; status: string }[];
    return { cohort, pairs, listPairs };
  }

  async function openCohort(name: string, tab: string) {
    await h.menuItem('Cohortes').click();
    await h.page.getByRole('cell', { name }).click();
    await h.page.waitForURL(/#\/cohorts\/[0-9a-f-]+\/show$/);
    await h.page.getByRole('tab', { name: tab }).click();
  }

  it('lets a participant withdraw their own pair, after confirming, and shows the result', async () => {
    const { cohort, pairs, listPairs } = await cohortWithPairs(2);
    const [mine, theirs] = pairs;
    const { page } = h;

    await h.logIn(mine.technical.email);
    await openCohort(cohort.name, 'Binômes');
    await page.getByRole('cell', { name: theirs.pair.territoryName }).waitFor();
    const withdraw = page.getByRole('button', { name: 'Retirer mon binôme' });
    expect(await withdraw.count()).toBe(1);

    await withdraw.click();
    await page.getByRole('dialog').getByText(mine.pair.territoryName).waitFor();
    await page.getByRole('button', { name: 'Confirmer' }).click();

    await page.getByText(`Binôme de ${mine.pair.territoryName}\u00a0: Retiré`).waitFor();
    await page.waitForURL(/#\/cohorts$/);
    const statuses = Object.fromEntries((await listPairs()).map((p) => [p.id, p.status]));
    expect(statuses).toEqual({ [mine.pair.id]: 'withdrawn', [theirs.pair.id]: 'enrolled' });
  });

  it('lets a trainer move a session in local time and shows the api’s field errors', async () => {
    const trainer = await h.app.factory.user({ role: 'trainer' });
    const { cohort } = await cohortWithPairs(0, [trainer.id]);
    const { page } = h;

    await h.logIn(trainer.email);
    await openCohort(cohort.name, 'Sessions');
    const row = page.getByRole('row').filter({ hasText: 'lundi 15 mars 2027' });
    await row.getByRole('button', { name: 'Éditer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="date"]').fill('2027-09-01');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText(`doit être entre ${STARTS_ON} et ${ENDS_ON}`).waitFor();

    await dialog.locator('input[name="date"]').fill('2027-03-22');
    await dialog.locator('input[name="startTime"]').fill('14:00');
    await dialog.locator('input[name="endTime"]').fill('17:30');
    await dialog.locator('input[name="venue"]').fill('Salle du conseil');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Session modifiée').waitFor();

    const moved = page.getByRole('row').filter({ hasText: 'lundi 22 mars 2027' });
    await moved.getByRole('cell', { name: '14:00 – 17:30' }).waitFor();
    await moved.getByRole('cell', { name: 'Salle du conseil' }).waitFor();
    const sessions = await h.app
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/sessions`)
      .set('Authorization', `Bearer ${await h.app.tokenFor(trainer)}`);
    expect(sessions.body).toContainEqual(
      expect.objectContaining({
        date: '2027-03-22',
        startTime: '14:00',
        // Paris is on UTC+1 until the end of March.
        startsAt: '2027-03-22T13:00:00.000Z',
        venue: 'Salle du conseil',
      }),
    );
  });

  it('lets a trainer check a CSV of pairs, see every line’s problem, then import it', async () => {
    const trainer = await h.app.factory.user({ role: 'trainer' });
    const { cohort, listPairs } = await cohortWithPairs(0, [trainer.id]);
    const { page } = h;
    const tag = Date.now();
    const header =
      'territory_name;territory_country;territory_level;political_name;political_email;political_position;technical_name;technical_email;technical_position';
    const good = [
      `Vizille ${tag};FR;municipality;Zoé Élue;zoe.${tag}@vizille.fr;Maire;Luc Agent;luc.${tag}@vizille.fr;DGS`,
      `Voiron ${tag};FR;municipality;Ana Élue;ana.${tag}@voiron.fr;Adjointe;Bob Agent;bob.${tag}@voiron.fr;SIG`,
    ];
    const csv = (lines: string[]) => ({
      name: 'binomes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...lines].join('\n')),
    });

    await h.logIn(trainer.email);
    await openCohort(cohort.name, 'Binômes');
    await page.getByRole('button', { name: 'Importer des binômes (CSV)' }).click();
    const dialog = page.getByRole('dialog');
    const fileInput = dialog.locator('input[type="file"]');
    await fileInput.setInputFiles(csv([...good, 'Lyon;FR;village;Cid;not-an-email;;Cid;;']));
    await dialog
      .getByTestId('import-problems')
      .getByText(/^line 4: political_email — /)
      .waitFor();
    await dialog
      .getByTestId('import-problems')
      .getByText(/^line 4: territory_level — /)
      .waitFor();
    expect(await dialog.getByRole('button', { name: "Confirmer l'import" }).isDisabled()).toBe(
      true,
    );

    await fileInput.setInputFiles(csv(good));
    await dialog
      .getByTestId('import-report')
      .filter({ hasText: 'Binômes\u00a0: 2 · inscrits\u00a0: 2' })
      .waitFor();
    expect(await listPairs()).toEqual([]);
    await dialog.getByRole('button', { name: "Confirmer l'import" }).click();

    await page.getByText('2 binôme(s) importé(s)').waitFor();
    await page.getByRole('cell', { name: `Vizille ${tag}` }).waitFor();
    await page.getByRole('cell', { name: `Voiron ${tag}` }).waitFor();
    expect((await listPairs()).map((p) => p.status)).toEqual(['enrolled', 'enrolled']);
  });
});
