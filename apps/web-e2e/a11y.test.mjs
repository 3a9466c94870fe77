/* global document -- inside page.evaluate, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, BASE, createOwnRoute, launch, newContext, openFromMenu, PHONE, signIn, signInOnPhone } from './browser.mjs';

// axe-core (WCAG 2.1 A/AA) on the main pages: no serious or critical violation. And the keyboard: a skip link to the
// content, the phone menu opened and closed from the keyboard, a heatmap cell's dialog opened with Enter and closed
// with Escape. Demo data: methodist.podporozhye (Podporozhye: organisations, people, the heatmap, networks, mentoring),
// teacher.filippov (an open self-assessment; a route written here).
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Checks the page once its content is there, adding what axe finds to `found` under the page's name. */
async function check(page, name, found) {
  await page.locator('main, form').first().waitFor();
  for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
}

test('axe finds no serious or critical violations on the main pages', async () => {
  const found = [];
  const anonymous = await newContext(browser, { locale: 'ru-RU' });
  const login = await anonymous.newPage();
  await login.goto(`${BASE}/login`);
  await login.getByTestId('login-submit').waitFor();
  await check(login, 'sign-in', found);
  await anonymous.close();

  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.setViewportSize({ width: 1280, height: 900 });
  await openFromMenu(page, 'organizations');
  await page.locator('main a[href^="/organizations/"]:not([href$="/new"]):not([href*="/invitations"])').first().waitFor();
  await check(page, 'organisations', found);
  await page.locator('main a[href^="/organizations/"]:not([href$="/new"]):not([href*="/invitations"])').first().click();
  await page.waitForURL(/\/organizations\/[0-9a-f-]{36}/);
  await page.locator('main h1').first().waitFor();
  await check(page, 'an organisation card', found);

  await openFromMenu(page, 'people');
  await page.locator('main a[href^="/people/"]:not([href$="/new"]):not([href*="/invitations"])').first().waitFor();
  await check(page, 'people', found);

  await openFromMenu(page, 'deficits');
  await page.getByTestId('heatmap').waitFor();
  await check(page, 'the heatmap', found);

  await openFromMenu(page, 'networks');
  await page.locator('main a[href^="/networks/"]:not([href$="/new"]):not([href*="/invitations"])').first().waitFor();
  await page.locator('main a[href^="/networks/"]:not([href$="/new"]):not([href*="/invitations"])').first().click();
  await page.waitForURL(/\/networks\/[0-9a-f-]{36}/);
  await page.locator('main h1').first().waitFor();
  await check(page, 'a network', found);

  await openFromMenu(page, 'mentoring');
  await page.locator('main a[href^="/mentoring/"]:not([href$="/new"]):not([href*="/invitations"])').first().waitFor();
  await page.locator('main a[href^="/mentoring/"]:not([href$="/new"]):not([href*="/invitations"])').first().click();
  await page.waitForURL(/\/mentoring\/[0-9a-f-]{36}/);
  await page.locator('main h1').first().waitFor();
  await check(page, 'a mentoring programme', found);

  await page.getByTestId('menu-account').click();
  await page.waitForURL(/\/account$/);
  await page.locator('main h1').first().waitFor();
  await check(page, 'the account page', found);
  await context.close();

  const teacher = await signIn(browser, 'teacher.filippov');
  await openFromMenu(teacher.page, 'my-diagnostics');
  await teacher.page.getByTestId('my-diagnostic-open').first().click();
  await teacher.page.getByTestId('fill-item-1').waitFor();
  await check(teacher.page, 'the diagnostic fill page', found);
  const routeId = await createOwnRoute(teacher.page, `E2E: ИОМ для проверки доступности ${Date.now()}`);
  await teacher.page.goto(`${BASE}/routes/${routeId}`);
  await teacher.page.getByTestId('route-page').waitFor();
  await check(teacher.page, 'a route', found);
  await teacher.context.close();

  const phone = await signInOnPhone(browser, 'methodist.podporozhye');
  await phone.page.getByTestId('menu-toggle').click();
  await phone.page.locator('[data-testid="side-menu"].sidemenu--open').waitFor();
  await check(phone.page, 'the phone menu', found);
  await phone.context.close();

  assert.deepEqual(found, []);
});

test('the keyboard reaches everything: the skip link, the phone menu, a dialog', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye', PHONE);
  await page.getByTestId('menu-toggle').waitFor();
  await page.locator('main h1').first().waitFor();

  // The first Tab lands on «Перейти к содержанию»; Enter moves the focus to the page.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'skip-link');
  assert.ok(await page.getByTestId('skip-link').isVisible(), 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');

  // The menu button: Enter opens the menu with the focus on its first link, Escape closes it and gives the focus back.
  await page.getByTestId('menu-toggle').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="side-menu"].sidemenu--open').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('nav')?.id === 'app-menu');
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="side-menu"]:not(.sidemenu--open)').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'menu-toggle');

  // From the keyboard to the heatmap, a cell's dialog opened with Enter and closed with Escape.
  await page.keyboard.press('Enter');
  await page.getByTestId('menu-deficits').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('heatmap').waitFor();
  const cell = page.getByTestId('heatmap-row').filter({ hasText: 'СОШ №1' }).locator('[data-testid$="-AS2"]');
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('heatmap-cell-people').waitFor();
  // The focus moves into the dialog (once it has appeared).
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
  await page.keyboard.press('Escape');
  await page.getByTestId('heatmap-cell-dialog').waitFor({ state: 'detached' });
  await context.close();
});
