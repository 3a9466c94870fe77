/* global document -- inside page.evaluate, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { animationsSettled, apiCall, axeViolations, BASE, createOwnRoute, launch, newContext, openFromMenu, PHONE, signIn, signInOnPhone } from './browser.mjs';

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
  // Colours are judged once the finite transitions (a message fading in) have ended.
  await animationsSettled(page);
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

/** Opens the first link of `selector` on the page and waits for `ready` (a test id) on the page it leads to. */
async function openFirst(page, selector, ready) {
  const link = page.locator(selector).first();
  await link.waitFor();
  await link.click();
  await page.getByTestId(ready).first().waitFor();
}

// The pages of issue 10, each signed in as the demo user who uses it: methodist.timashevsk keeps the Timashevsk staging
// sites, programmes, cohorts and plan-schedule; teacher.timashevsk is an intern with a certificate (verified signed
// out); teacher.filippov reads the events and the calendar.
test('axe finds no serious or critical violations on the staging, internship, event and plan pages', async () => {
  const found = [];
  const methodist = await signIn(browser, 'methodist.timashevsk');
  const m = methodist.page;
  await m.setViewportSize({ width: 1280, height: 900 });
  await openFromMenu(m, 'staging');
  await m.getByTestId('staging-site-link').first().waitFor();
  await check(m, 'the staging catalogue', found);
  await openFirst(m, '[data-testid="staging-site-link"]', 'staging-site-theme');
  await check(m, 'a staging site card', found);
  await openFirst(m, '[data-testid="staging-program-link"]', 'program-title');
  await check(m, 'an internship programme', found);

  // The programme of the demo cohorts lists them; a cohort opens from there.
  const open = await apiCall(m, '{ openInternshipCohorts { programId } }');
  const programId = open.data.openInternshipCohorts[0]?.programId;
  assert.ok(programId, JSON.stringify(open));
  await m.goto(`${BASE}/internship-programs/${programId}`);
  await m.getByTestId('program-cohort-link').first().waitFor();
  await check(m, 'an internship programme with its cohorts', found);
  await openFirst(m, '[data-testid="program-cohort-link"]', 'cohort-title');
  await check(m, 'a cohort', found);
  // …and the cohort leads back to its programme.
  assert.equal(await m.getByTestId('cohort-program').getAttribute('href'), `/internship-programs/${programId}`);
  await openFirst(m, '[data-testid="cohort-session-attendance"]', 'attendance-row');
  await check(m, 'an attendance sheet', found);

  await openFromMenu(m, 'plans');
  await m.waitForURL(/\/plans$/);
  await m.getByTestId('plan-link').first().waitFor();
  await check(m, 'the plans', found);
  await openFirst(m, '[data-testid="plan-link"]', 'plan-title');
  await m.getByTestId('plan-item-row').first().waitFor();
  await check(m, 'a plan', found);
  await openFirst(m, '[data-testid="plan-monitoring-link"]', 'planmon-tab-monitoring');
  await check(m, 'a plan monitoring page', found);

  await openFromMenu(m, 'events');
  await m.getByTestId('event-link').first().waitFor();
  await m.goto(`${BASE}/events/new`);
  await m.getByTestId('field-title').waitFor();
  await check(m, 'the event form', found);
  await methodist.context.close();

  const intern = await signIn(browser, 'teacher.timashevsk');
  await openFromMenu(intern.page, 'internships');
  await intern.page.getByTestId('my-internship').first().waitFor();
  await check(intern.page, '«Мои стажировки»', found);
  const mine = await apiCall(intern.page, '{ myInternshipApplications { certificateNumber } }');
  const certificate = mine.data.myInternshipApplications.find((a) => a.certificateNumber)?.certificateNumber;
  assert.ok(certificate, JSON.stringify(mine));
  await intern.context.close();
  const anonymous = await newContext(browser, { locale: 'ru-RU' });
  const pub = await anonymous.newPage();
  await pub.goto(`${BASE}/verify/${encodeURIComponent(certificate)}`);
  await pub.getByTestId('verify-result-holder').waitFor();
  await check(pub, 'the public certificate check', found);
  await anonymous.close();

  const teacher = await signIn(browser, 'teacher.filippov');
  const t = teacher.page;
  await t.setViewportSize({ width: 1280, height: 900 });
  await openFromMenu(t, 'events');
  await t.getByTestId('event-link').first().waitFor();
  await check(t, 'the events', found);
  await openFirst(t, '[data-testid="event-link"]', 'event-title');
  await check(t, 'an event', found);
  await openFromMenu(t, 'calendar');
  await t.getByTestId('calendar-view').locator('.fc-view').waitFor();
  // The month's events are in (or the «no events» message is shown) before the colours are judged.
  await t.locator('.fc-event, [data-testid="calendar-empty"]').first().waitFor();
  await t.getByTestId('calendar-loading').waitFor({ state: 'detached' });
  await check(t, 'the calendar', found);
  await teacher.context.close();

  // A month full of events (the 000 calendar, the Vorkuta-style cross-check of papers in March 2027), as a grid and
  // as a list, and the cross-check's event page with its pairs and protocol: the administrator sees them all.
  const admin = await signIn(browser, 'admin');
  const a = admin.page;
  await a.setViewportSize({ width: 1280, height: 900 });
  await a.goto(`${BASE}/calendar?view=month&date=2027-03-01`);
  await a.locator('.fc-daygrid-event').first().waitFor();
  await a.getByTestId('calendar-loading').waitFor({ state: 'detached' });
  await check(a, 'a month of the calendar', found);
  await a.goto(`${BASE}/calendar?view=list&date=2027-03-01`);
  await a.locator('.fc-list-event').first().waitFor();
  await a.getByTestId('calendar-loading').waitFor({ state: 'detached' });
  await check(a, 'the calendar as a list', found);
  await a.locator('.fc-list-event', { hasText: 'Перекрёстная проверка' }).first().locator('a, .fc-list-event-title').first().click();
  await a.getByTestId('event-title').waitFor();
  await check(a, 'a cross-check event', found);
  await admin.context.close();

  assert.deepEqual(found, []);
});

// On a phone the wide tables and the Gantt chart scroll inside their boxes: those boxes must be reachable from the
// keyboard and the toolbars must stay labelled when they wrap.
test('axe finds no serious or critical violations on the staging, internship, event and plan pages on a phone', async () => {
  const found = [];
  const { context, page } = await signInOnPhone(browser, 'methodist.timashevsk');
  await openFromMenu(page, 'staging');
  await page.getByTestId('staging-site-link').first().waitFor();
  await check(page, 'the staging catalogue (phone)', found);
  await openFirst(page, '[data-testid="staging-site-link"]', 'staging-site-theme');
  await check(page, 'a staging site card (phone)', found);
  const open = await apiCall(page, '{ openInternshipCohorts { programId } }');
  await page.goto(`${BASE}/internship-programs/${open.data.openInternshipCohorts[0].programId}`);
  await page.getByTestId('program-cohort-link').first().waitFor();
  await check(page, 'an internship programme (phone)', found);
  await openFirst(page, '[data-testid="program-cohort-link"]', 'cohort-title');
  await check(page, 'a cohort (phone)', found);
  await openFirst(page, '[data-testid="cohort-session-attendance"]', 'attendance-row');
  await check(page, 'an attendance sheet (phone)', found);
  await openFromMenu(page, 'plans');
  await page.getByTestId('plan-link').first().waitFor();
  await check(page, 'the plans (phone)', found);
  await openFirst(page, '[data-testid="plan-link"]', 'plan-title');
  await page.getByTestId('plan-item-row').first().waitFor();
  await check(page, 'a plan (phone)', found);
  await openFirst(page, '[data-testid="plan-monitoring-link"]', 'planmon-tab-monitoring');
  await page.locator('.gantt-container').waitFor();
  await check(page, 'a plan monitoring page (phone)', found);
  await openFromMenu(page, 'events');
  await page.getByTestId('event-link').first().waitFor();
  await check(page, 'the events (phone)', found);
  await page.goto(`${BASE}/calendar?view=month&date=2027-03-01`);
  await page.locator('.fc-daygrid').waitFor();
  await page.getByTestId('calendar-loading').waitFor({ state: 'detached' });
  await check(page, 'a month of the calendar (phone)', found);
  await context.close();
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
  // Closed: the class is gone (the closed menu itself is hidden once its slide-out ends, 0.2 s later: not «visible»).
  await page.locator('[data-testid="side-menu"]:not(.sidemenu--open)').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'menu-toggle');

  // From the keyboard to the heatmap, a cell's dialog opened with Enter and closed with Escape.
  await page.keyboard.press('Enter');
  await page.getByTestId('menu-deficits').focus();
  await page.keyboard.press('Enter');
  // The page settles its filters into the URL first (framework, campaign) and shows the table for them: the cell is
  // focused only then, so Enter reaches the cell that stays.
  await page.waitForURL(/\/deficits\?framework=[0-9a-f-]{36}&campaign=[0-9a-f-]{36}/);
  await page.getByTestId('heatmap').waitFor();
  const cell = page.getByTestId('heatmap-row').filter({ hasText: 'СОШ №1' }).locator('[data-testid$="-AS2"]');
  await cell.waitFor();
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('heatmap-cell-people').waitFor();
  // The focus moves into the dialog (once it has appeared).
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
  await page.keyboard.press('Escape');
  await page.getByTestId('heatmap-cell-dialog').waitFor({ state: 'detached' });
  await context.close();
});
