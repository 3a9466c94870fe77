// Shared helpers for the browser tests: one Chromium per test file, a fresh context per sign-in.
import { chromium } from 'playwright-core';

export const BASE = process.env.E2E_BASE_URL;
export const PASSWORD = 'metodset-demo-2026';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * How long a step may wait for the state it needs. A guard against a hung page, not a speed check: on a busy machine
 * (another `npm test` beside this one) a page can take far longer than playwright's default 30 s to show its data.
 */
export const STEP_TIMEOUT_MS = 180_000;

/** A browser context whose waits hold on a busy machine. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

export async function signIn(browser, login) {
  const context = await newContext(browser, { locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByTestId('login-login').fill(login);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

/**
 * Opens the overlay of a PrimeVue Select or MultiSelect, clicking again while a busy page swallows the click (the
 * component may not listen yet); gives up only after STEP_TIMEOUT_MS.
 */
export async function openOverlay(page, testId, overlay) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await page.getByTestId(testId).click();
    try {
      await page.locator(overlay).first().waitFor({ timeout: 5_000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}
