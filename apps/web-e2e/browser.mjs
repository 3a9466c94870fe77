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

export async function signIn(browser, login) {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByTestId('login-login').fill(login);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}
