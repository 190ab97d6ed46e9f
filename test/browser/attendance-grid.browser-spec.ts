import { useBrowser } from './harness';

// A Monday: a deep cohort's first session then runs Monday to Wednesday.
const STARTS_ON = '2027-03-15';

/** The grid's columns of the first session, as a trainer reads them (French interface). */
const FIRST_SESSION_DAYS = [
  'Culture du logiciel libre — lundi 15 mars 2027 — jour 1',
  'Culture du logiciel libre — mardi 16 mars 2027 — jour 2',
  'Culture du logiciel libre — mercredi 17 mars 2027 — jour 3',
];

describe('the attendance grid of a three-day session', () => {
  const harness = useBrowser();

  /** A deep cohort run by a new trainer, with one pair enrolled over the api. */
  async function deepCohort() {
    const trainer = await harness.app.factory.user({ role: 'trainer' });
    const cohort = await harness.app.factory.cohort({
      format: 'deep',
      startsOn: STARTS_ON,
      trainerIds: [trainer.id],
    });
    const members = await harness.app.factory.pairMembers();
    const enrolled = await harness.app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', await harness.adminAuth())
      .send({ politicalId: members.political.id, technicalId: members.technical.id });
    expect(enrolled.status).toBe(201);
    return { trainer, cohort, ...members };
  }

  const cell = (name: string, day: string) =>
    harness.page.getByRole('combobox', { name: `${name} — ${day}`, exact: true });

  /**
   * Opens a cell's menu and picks a status. The open menu hides the rest of the page from the
   * accessibility tree, so wait until it has closed and the cell shows the choice before the next
   * cell is looked up (a loaded machine can be slow to run the closing transition).
   */
  async function choose(name: string, day: string, status: string) {
    await cell(name, day).click();
    await harness.page.getByRole('option', { name: status, exact: true }).click();
    await harness.page.getByRole('listbox').waitFor({ state: 'detached' });
    await cell(name, day).filter({ hasText: status }).waitFor();
  }

  const recorded = async (cohortId: string, auth: string) =>
    (
      await harness.app
        .http()
        .get(`/api/v1/cohorts/${cohortId}/attendance`)
        .set('Authorization', auth)
    ).body as { participantId: string; dayIndex: number; status: string }[];

  it('dates each day, saves every changed cell at once and warns before leaving', async () => {
    const { trainer, cohort, political, technical } = await deepCohort();
    await harness.logIn(trainer.email);
    await harness.page.goto(`${harness.app.url}/#/cohorts/${cohort.id}/show/attendance`);

    for (const day of FIRST_SESSION_DAYS) {
      await harness.page.getByRole('columnheader', { name: day, exact: true }).waitFor();
    }
    await choose(political.displayName, FIRST_SESSION_DAYS[1], 'Présent·e');
    await choose(technical.displayName, FIRST_SESSION_DAYS[2], 'Absent·e');
    await choose(
      political.displayName,
      'Test de civic-techs — lundi 29 mars 2027 — jour 1',
      'Excusé·e',
    );
    await harness.page
      .getByTestId('attendance-unsaved')
      .filter({ hasText: '2 sessions modifiées non enregistrées' })
      .waitFor();

    // Another tab asks first; staying keeps the cells.
    await harness.page.getByRole('tab', { name: 'Binômes' }).click();
    await harness.page.getByText('Modifications non enregistrées').waitFor();
    await harness.page.getByRole('button', { name: 'Rester' }).click();
    expect(await cell(technical.displayName, FIRST_SESSION_DAYS[2]).textContent()).toBe('Absent·e');

    await harness.page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await harness.page.getByText('Présences enregistrées').waitFor();
    await harness.page
      .getByTestId('attendance-unsaved')
      .filter({ hasText: 'Tout est enregistré' })
      .waitFor();
    const auth = `Bearer ${await harness.app.tokenFor(trainer)}`;
    const rows = await recorded(cohort.id, auth);
    expect(rows.map((r) => [r.participantId, r.dayIndex, r.status]).sort()).toEqual(
      [
        [political.id, 2, 'present'],
        [technical.id, 3, 'absent'],
        [political.id, 1, 'excused'],
      ].sort(),
    );

    // The rates the api computed; one absent day of three keeps 80 % out of reach.
    await harness.page
      .getByTestId(`rate-${political.id}-free_software_culture`)
      .filter({ hasText: /^33 %$/ })
      .waitFor();
    await harness.page
      .getByTestId(`rate-${technical.id}-free_software_culture`)
      .filter({ hasText: '0 % — sous la règle' })
      .waitFor();

    // The grid scrolls inside its box; the page keeps the window's width.
    // (Expressions as strings: these tests are type-checked without the DOM's types.)
    const widths = (await harness.page.evaluate(`({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
      box: document.querySelector('[data-testid="attendance-box"]').scrollWidth,
      boxVisible: document.querySelector('[data-testid="attendance-box"]').clientWidth,
    })`)) as Record<'page' | 'window' | 'box' | 'boxVisible', number>;
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    expect(widths.box).toBeGreaterThan(widths.boxVisible);
  });

  it('lets a trainer save attendance on a phone', async () => {
    const { trainer, cohort, political } = await deepCohort();
    await harness.page.setViewportSize({ width: 390, height: 844 });
    await harness.logIn(trainer.email);
    await harness.page.goto(`${harness.app.url}/#/cohorts/${cohort.id}/show/attendance`);

    await choose(political.displayName, FIRST_SESSION_DAYS[0], 'Présent·e');
    await harness.page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await harness.page.getByText('Présences enregistrées').waitFor();
    const rows = await recorded(cohort.id, `Bearer ${await harness.app.tokenFor(trainer)}`);
    expect(rows).toEqual([
      expect.objectContaining({ participantId: political.id, dayIndex: 1, status: 'present' }),
    ]);
    expect(await harness.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
  });
});
