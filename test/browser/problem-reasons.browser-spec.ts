import { useBrowser } from './harness';

describe('problem reasons in the browser', () => {
  const h = useBrowser();

  /** An open cohort with its sessions and two enrolled pairs: one participant short of starting. */
  async function cohortShortOfOneParticipant() {
    const cohort = await h.app.factory.cohort({ startsOn: '2027-03-15', endsOn: '2027-06-30' });
    const auth = await h.adminAuth();
    const post = (path: string, body: object) =>
      h.app
        .http()
        .post(`/api/v1/cohorts/${cohort.id}${path}`)
        .set('Authorization', auth)
        .send(body);
    expect((await post('/status', { status: 'open' })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const { political, technical } = await h.app.factory.pairMembers();
      const pair = await post('/pairs', { politicalId: political.id, technicalId: technical.id });
      expect(pair.status).toBe(201);
    }
    return cohort;
  }

  // The message each locale shows for cohort.too_few_participants, with its params (the api's
  // English detail reads "A cohort starts with…", so English too proves the translation).
  it.each([
    [
      'fr',
      'Démarrer',
      'Une cohorte démarre avec au moins 5 participants inscrits\u00a0; elle en a 4.',
    ],
    ['en', 'Start', 'A cohort needs at least 5 enrolled participants to start; it has 4.'],
  ] as const)('shows a refused start in %s', async (locale, button, message) => {
    const cohort = await cohortShortOfOneParticipant();
    const admin = await h.app.factory.user({ role: 'admin', locale });

    await h.logIn(admin.email);
    await h.page.goto(`${h.app.url}/#/cohorts/${cohort.id}/show`);
    await h.page.getByRole('button', { name: button, exact: true }).click();

    await h.page.getByText(message, { exact: true }).waitFor();
  });
});
