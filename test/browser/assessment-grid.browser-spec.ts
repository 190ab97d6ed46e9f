import { Standing } from '../support/standing';
import { seriousViolations } from './axe';
import { useBrowser } from './harness';

const PHASE_NAMES = ['Culture du logiciel libre', 'Test de civic-techs', 'Application stratégique'];

describe('the assessment grid of a cohort', () => {
  const harness = useBrowser();

  /**
   * A cohort run by a new trainer, one pair enrolled, a half-day per phase attended in full by
   * the political member, and the pair's prototype accepted: only the assessments are missing.
   */
  async function cohortToAssess() {
    const trainer = await harness.app.factory.user({ role: 'trainer' });
    const cohort = await harness.app.factory.cohort({ trainerIds: [trainer.id] });
    const { political, technical } = await harness.app.factory.pairMembers();
    const enrolled = await harness.app
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', await harness.adminAuth())
      .send({ politicalId: political.id, technicalId: technical.id });
    expect(enrolled.status).toBe(201);
    const standing = new Standing(harness.app.dataSource);
    for (const session of (await standing.sessions(cohort.id, [1, 1, 1])).values()) {
      await standing.attend(session, political.id, ['present']);
    }
    await standing.prototype(cohort.id, enrolled.body.id, 'accepted');
    await harness.logIn(trainer.email);
    await harness.page.goto(`${harness.app.url}/#/cohorts/${cohort.id}/show/assessment`);
    await harness.page.getByTestId('assessment-grid').waitFor();
    return { trainer, cohort, political, technical };
  }

  const eligibility = (participantId: string) =>
    harness.page.getByTestId(`eligibility-${participantId}`);

  /** Opens the cell's form, picks the status, writes the comment and saves. */
  async function assess(name: string, phase: string, status: string, comment: string) {
    await harness.page
      .getByRole('button', { name: `Évaluer ${name} — ${phase}`, exact: true })
      .click();
    const dialog = harness.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: status, exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Commentaire' }).fill(comment);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await harness.page.getByText('Évaluation enregistrée').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
  }

  it('lets a trainer fill the grid in French and shows eligibility change', async () => {
    const { cohort, political, technical } = await cohortToAssess();
    await eligibility(political.id).getByText('Non éligible').waitFor();
    for (const phase of PHASE_NAMES) {
      await eligibility(political.id).getByText(`${phase}\u00a0: pas encore évaluée`).waitFor();
    }
    // The technical member attended nothing: below the minimum in every phase.
    await eligibility(technical.id)
      .getByText(
        'Présence insuffisante en Culture du logiciel libre\u00a0: 0\u00a0% (minimum 80\u00a0%)',
      )
      .waitFor();

    await assess(political.displayName, PHASE_NAMES[0], 'Acquis', 'Licences bien comprises.');
    await assess(political.displayName, PHASE_NAMES[1], 'Pas encore', 'Un seul outil testé.');
    await eligibility(political.id)
      .getByText('Test de civic-techs\u00a0: pas encore acquise')
      .waitFor();
    await harness.page
      .getByTestId(`assessment-${political.id}-civic_tech_testing`)
      .getByText('Un seul outil testé.')
      .waitFor();

    // Changed to acquired, and the last phase: every rule is met.
    await assess(political.displayName, PHASE_NAMES[1], 'Acquis', 'Deux outils testés.');
    await assess(political.displayName, PHASE_NAMES[2], 'Acquis', 'Stratégie présentée.');
    await eligibility(political.id).getByText('Éligible', { exact: true }).waitFor();
    expect(await eligibility(political.id).locator('li').count()).toBe(0);

    const saved = await harness.app
      .http()
      .get(`/api/v1/cohorts/${cohort.id}/assessments`)
      .set('Authorization', await harness.adminAuth());
    expect(
      saved.body.map((a: { phase: string; status: string; comment: string }) => [
        a.phase,
        a.status,
        a.comment,
      ]),
    ).toEqual([
      ['free_software_culture', 'acquired', 'Licences bien comprises.'],
      ['civic_tech_testing', 'acquired', 'Deux outils testés.'],
      ['strategic_application', 'acquired', 'Stratégie présentée.'],
    ]);
    expect(await seriousViolations(harness.page)).toEqual([]);
    // Four saves through the dialog, each reloading the grid: long on two shared cores.
  }, 150_000);

  it('scrolls in its box on a phone, the participant column staying in view', async () => {
    await harness.page.setViewportSize({ width: 390, height: 844 });
    const { political } = await cohortToAssess();
    await assess(political.displayName, PHASE_NAMES[2], 'Pas encore', 'À reprendre.');
    const widths = (await harness.page.evaluate(`({
      page: document.documentElement.scrollWidth,
      box: document.querySelector('[data-testid="assessment-box"]').scrollWidth,
      boxVisible: document.querySelector('[data-testid="assessment-box"]').clientWidth,
      sticky: getComputedStyle(document.querySelector('[data-testid="assessment-grid"] th')).position,
    })`)) as { page: number; box: number; boxVisible: number; sticky: string };
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.box).toBeGreaterThan(widths.boxVisible);
    expect(widths.sticky).toBe('sticky');
    expect(await seriousViolations(harness.page)).toEqual([]);
  });
});

describe('the assessment rubric of a course', () => {
  const harness = useBrowser();

  it('lets an admin write a phase’s criteria in French and English', async () => {
    const admin = await harness.app.factory.user({ role: 'admin' });
    const course = await harness.app.factory.course();
    await harness.logIn(admin.email);
    await harness.page.goto(`${harness.app.url}/#/courses/${course.id}/show/assessment`);
    await harness.page
      .getByRole('button', { name: 'Modifier les critères — Test de civic-techs', exact: true })
      .click();
    const dialog = harness.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    await dialog.getByRole('textbox', { name: 'Critère en français' }).fill('A testé deux outils');
    await dialog.getByRole('textbox', { name: 'Critère en anglais' }).fill('Tested two tools');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await harness.page.getByText('Critères enregistrés').first().waitFor();
    const phase = harness.page.getByTestId('rubric-civic_tech_testing');
    await phase.getByText('1. A testé deux outils').waitFor();
    await phase.getByText('Tested two tools').waitFor();
    const saved = await harness.app
      .http()
      .get(`/api/v1/courses/${course.id}/assessment-criteria`)
      .set('Authorization', await harness.adminAuth());
    expect(saved.body).toEqual([
      expect.objectContaining({
        phase: 'civic_tech_testing',
        position: 1,
        labelFr: 'A testé deux outils',
        labelEn: 'Tested two tools',
      }),
    ]);
    expect(await seriousViolations(harness.page)).toEqual([]);
  });
});
