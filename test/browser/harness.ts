import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/app';
import { TEST_PASSWORD } from '../support/factory';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserHarness {
  app: TestApp;
  page: Page;
  logIn(email: string): Promise<void>;
  /** Leaves this browser: the next person signs in on a fresh one (a new context). */
  signOut(): Promise<void>;
  menuItem(name: string): ReturnType<Page['getByRole']>;
  /** A bearer header of a new admin, for setting data up over the api. */
  adminAuth(): Promise<string>;
  /** Opens a cohort for enrolment and applications, over the api. */
  openCohort(cohortId: string): Promise<void>;
}

/**
 * The app served with the built web app, one Chromium for the file, and a fresh context per
 * test (so no session or locale leaks between tests). Call it at the top of a `describe`.
 */
const VIEWPORT = { width: 1400, height: 900 };
/** A French browser: the interface follows the browser's language before anyone signs in. */
const LOCALE = 'fr-FR';

export function useBrowser(options: { env?: Record<string, string> } = {}): BrowserHarness {
  // A whole flow (several people, dozens of pages) takes 20–40 s on two quiet cores; give a
  // loaded machine room before calling it a failure. No assertion depends on time.
  jest.setTimeout(180_000);
  let browser: Browser;
  const harness = {
    async logIn(email: string) {
      const { page, app } = harness;
      await page.goto(`${app.url}/#/login`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(TEST_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.getByTestId('dashboard-greeting').waitFor();
    },
    /**
     * The next person gets a browser of their own (a fresh context at the same size): signing
     * out in the same page kept the previous app's state, and the next sign-in sometimes never
     * reached its home.
     */
    async signOut() {
      const previous = harness.page;
      const context = await browser.newContext({
        viewport: previous.viewportSize() ?? VIEWPORT,
        locale: LOCALE,
      });
      harness.page = await context.newPage();
      await previous.context().close();
    },
    menuItem: (name: string) => harness.page.getByRole('menuitem', { name, exact: true }),
    async openCohort(cohortId: string) {
      const opened = await harness.app
        .http()
        .post(`/api/v1/cohorts/${cohortId}/status`)
        .set('Authorization', await harness.adminAuth())
        .send({ status: 'open' });
      expect(opened.status).toBe(200);
    },
    async adminAuth() {
      const admin = await harness.app.factory.user({ role: 'admin' });
      return `Bearer ${await harness.app.tokenFor(admin)}`;
    },
  } as BrowserHarness;

  beforeAll(async () => {
    harness.app = await createTestApp({ listen: true, env: options.env });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await harness.app?.close();
  });

  beforeEach(async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: LOCALE });
    harness.page = await context.newPage();
  });

  afterEach(async () => {
    await harness.page.context().close();
  });

  return harness;
}
