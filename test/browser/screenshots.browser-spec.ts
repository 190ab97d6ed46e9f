import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CIVIC_TECH_SEED } from '../../apps/api/src/civic-techs/catalogue-seed';
import { useBrowser } from './harness';

const OUT = join(__dirname, '../../docs/screenshots');
const SIZES = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };

/**
 * Regenerates `docs/screenshots/` (shown in the README) on a small, realistic data set:
 * `SCREENSHOTS=1 npx jest test/browser/screenshots.browser-spec.ts`. Skipped otherwise, so
 * that a test run never rewrites the repository.
 */
const describeWhenAsked = process.env.SCREENSHOTS ? describe : describe.skip;

describeWhenAsked('screenshots of the main screens', () => {
  const harness = useBrowser();
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  async function pair(territoryName: string, political: string, technical: string) {
    const territory = await harness.app.factory.territory({ name: territoryName });
    const member = (displayName: string, kind: 'political' | 'technical') =>
      harness.app.factory.user({ displayName, kind, territoryId: territory.id });
    return {
      political: await member(political, 'political'),
      technical: await member(technical, 'technical'),
    };
  }

  async function shoot(name: string, ready: () => Promise<unknown>) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      await harness.page.setViewportSize(viewport);
      await ready();
      await harness.page.waitForLoadState('networkidle');
      await harness.page.screenshot({ path: join(OUT, `${name}-${size}.png`), fullPage: true });
    }
  }

  it('takes them', async () => {
    const auth = await harness.adminAuth();
    await harness.app
      .http()
      .post('/api/v1/civic-techs')
      .set('Authorization', auth)
      .send(CIVIC_TECH_SEED[0]);
    const trainer = await harness.app.factory.user({
      role: 'trainer',
      displayName: 'Claire Formatrice',
    });
    const cohort = await harness.app.factory.cohort({
      name: 'Grenoble — printemps 2027',
      format: 'deep',
      startsOn: '2027-03-15',
      trainerIds: [trainer.id],
    });
    await harness.openCohort(cohort.id);
    const pairs = [
      await pair('Grenoble', 'Léa Élue', 'Marc Agent'),
      await pair('Échirolles', 'Sofia Adjointe', 'Paul Urbaniste'),
    ];
    for (const { political, technical } of pairs) {
      await harness.app
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs`)
        .set('Authorization', auth)
        .send({ politicalId: political.id, technicalId: technical.id });
    }

    const go = (path: string, ready: () => Promise<unknown>) => async () => {
      await harness.page.goto(`${harness.app.url}/#${path}`);
      await ready();
    };
    await shoot(
      'login',
      go('/login', () => harness.page.locator('input[name="email"]').waitFor()),
    );
    await shoot(
      'public-commons',
      go('/public', () => harness.page.getByTestId('public-courses').waitFor()),
    );
    await shoot(
      'public-catalogue',
      go('/public/civic-techs', () => harness.page.getByTestId('public-catalogue').waitFor()),
    );

    await harness.logIn(pairs[0].political.email);
    await shoot(
      'participant-home',
      go('/', () => harness.page.getByTestId('next-session').waitFor()),
    );
    await harness.signOut();

    await harness.logIn(trainer.email);
    await shoot(
      'trainer-home',
      go('/', () => harness.page.getByTestId(`home-cohort-${cohort.id}`).waitFor()),
    );
    const show = `/cohorts/${cohort.id}/show`;
    await shoot(
      'attendance-grid',
      go(`${show}/attendance`, () => harness.page.getByTestId('attendance-grid').waitFor()),
    );
    await shoot(
      'cohort-overview',
      go(`${show}/overview`, () => harness.page.getByTestId('cohort-overview').waitFor()),
    );
    await harness.signOut();

    const admin = await harness.app.factory.user({
      role: 'admin',
      displayName: 'Ada Administratrice',
    });
    await harness.logIn(admin.email);
    await shoot(
      'admin-home',
      go('/', () => harness.page.getByTestId('home-active-cohorts').waitFor()),
    );
  });
});
