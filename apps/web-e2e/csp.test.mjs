/* global window, document, getComputedStyle -- inside page.evaluate / addInitScript, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, launch, newContext, PASSWORD } from './browser.mjs';

// The Content-Security-Policy the server sends (apps/api/src/app.factory.ts) must let the SPA work as it is:
// no violation reported on sign-in, the registry, a dialog, and a network's chart; PrimeVue's injected theme applies.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the SPA runs under the Content-Security-Policy without a single violation', async () => {
  const context = await newContext(browser, { locale: 'ru-RU' });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const console = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });

  const response = await page.goto(`${BASE}/login`);
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self';/);
  await page.getByTestId('login-login').fill('methodist.podporozhye');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));

  const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--p-primary-color').trim());
  assert.ok(primary.length > 0, 'PrimeVue theme variables are applied');

  await page.getByTestId('menu-networks').click();
  await page.waitForURL(/\/networks$/);
  await page.getByTestId('network-link').first().click();
  await page.getByTestId('network-graph').locator('canvas').first().waitFor();

  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, []);
  assert.deepEqual(console, []);
  await context.close();
});
