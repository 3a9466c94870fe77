/* global window, document -- inside page.evaluate, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoSideScroll, BASE, createOwnRoute, launch, newContext, openFromMenu, PHONE, signInOnPhone } from './browser.mjs';

// The main flows on a 390×844 phone: the menu is a drawer behind the menu button, «Выйти» stays in view, and no page
// scrolls sideways (wide tables and the heatmap scroll inside themselves). Demo data: methodist.podporozhye sees the
// Podporozhye monitoring (heatmap); teacher.filippov has an open self-assessment; mentor.zhdanova mentors in Vorkuta.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** «Выйти» is on screen and takes a click (nothing covers it). */
async function logoutReachable(page) {
  const logout = page.getByTestId('logout');
  assert.ok(await logout.isVisible(), '«Выйти» is visible');
  const box = await logout.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  assert.ok(box && box.x >= 0 && box.x + box.width <= width, `«Выйти» lies within the screen: ${JSON.stringify(box)}`);
  await logout.click({ trial: true });
}

test('on a phone the methodist opens the menu, lists and cards, and the heatmap without the page scrolling sideways', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.podporozhye');
  const toggle = page.getByTestId('menu-toggle');
  await toggle.waitFor();
  assert.equal(await page.getByTestId('side-menu').isVisible(), false, 'the menu is closed at first');
  await logoutReachable(page);
  await assertNoSideScroll(page);

  // The menu opens with the button and closes with Escape, the focus going back to the button.
  await toggle.click();
  await page.locator('[data-testid="side-menu"].sidemenu--open').waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.screenshot({ path: 'test-results/e2e-phone-menu.png' });
  await logoutReachable(page);
  await page.keyboard.press('Escape');
  // Closed: the class is gone (the closed menu itself is hidden once its slide-out ends, 0.2 s later: not «visible»).
  await page.locator('[data-testid="side-menu"]:not(.sidemenu--open)').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'menu-toggle');

  await openFromMenu(page, 'organizations');
  await page.waitForURL(/\/organizations/);
  await page.locator('main a[href^="/organizations/"]:not([href$="/new"]):not([href*="/invitations"])').first().waitFor();
  // Choosing a page closes the menu.
  await page.getByTestId('side-menu').waitFor({ state: 'hidden' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await assertNoSideScroll(page, 'organisations');
  await page.locator('main a[href^="/organizations/"]:not([href$="/new"]):not([href*="/invitations"])').first().click();
  await page.waitForURL(/\/organizations\/[0-9a-f-]{36}/);
  await page.locator('h1').first().waitFor();
  await assertNoSideScroll(page, 'an organisation card');
  await logoutReachable(page);

  await openFromMenu(page, 'people');
  await page.waitForURL(/\/people/);
  await page.locator('main a[href^="/people/"]:not([href$="/new"]):not([href*="/invitations"])').first().waitFor();
  await assertNoSideScroll(page, 'people');

  await openFromMenu(page, 'deficits');
  await page.getByTestId('heatmap').waitFor();
  await assertNoSideScroll(page, 'the heatmap');
  // The table scrolls inside itself; the competence names are in its headers.
  const heatmap = await page.getByTestId('heatmap').evaluate((e) => ({ client: e.clientWidth, scroll: e.scrollWidth }));
  assert.ok(heatmap.scroll > heatmap.client, 'the heatmap scrolls inside its own box');
  assert.match(await page.locator('[data-testid^="heatmap-competence-"]').first().innerText(), /^[A-ZА-Я]+\d[\d.]*\s+\S+/);
  await page.screenshot({ path: 'test-results/e2e-phone-heatmap.png', fullPage: true });
  await logoutReachable(page);

  // A cell's people, then a teacher's profile chart.
  await page.getByTestId('heatmap-row').filter({ hasText: 'СОШ №1' }).locator('[data-testid$="-AS2"]').click();
  await page.getByTestId('heatmap-cell-people').waitFor();
  await assertNoSideScroll(page, 'the heatmap cell dialog');
  await page.getByTestId('heatmap-cell-person').first().click();
  await page.getByTestId('profile-chart').locator('canvas').waitFor();
  await assertNoSideScroll(page, 'a profile');
  const chart = await page.getByTestId('profile-chart').boundingBox();
  assert.ok(chart && chart.width <= 390, `the profile chart fits the screen: ${JSON.stringify(chart)}`);

  // Before and after: two campaigns compared, as a chart and a table.
  await page.getByTestId('profile-compare').click();
  await page.getByTestId('compare-before').waitFor();
  await assertNoSideScroll(page, 'the comparison');

  // A network with its graph.
  await openFromMenu(page, 'networks');
  await page.locator('main a[href^="/networks/"]:not([href$="/new"]):not([href*="/invitations"])').first().click();
  await page.getByTestId('network-graph').locator('canvas').first().waitFor();
  await assertNoSideScroll(page, 'a network');

  // Campaigns and a campaign's page.
  await openFromMenu(page, 'diagnostics');
  await page.locator('main a[href^="/diagnostics/"]:not([href$="/new"])').first().click();
  await page.getByTestId('campaign-name').waitFor();
  await assertNoSideScroll(page, 'a campaign');
  await context.close();
});

test('on a phone a school head opens a route with its steps', async () => {
  const { context, page } = await signInOnPhone(browser, 'school12.vorkuta');
  await openFromMenu(page, 'routes');
  await page.getByTestId('route-link').first().click();
  await page.getByTestId('route-page').waitFor();
  await page.getByTestId('route-competence').first().waitFor();
  await assertNoSideScroll(page, 'a route with steps');
  await page.screenshot({ path: 'test-results/e2e-phone-route-steps.png', fullPage: true });
  await logoutReachable(page);
  await context.close();
});

test('on a phone the teacher opens his self-assessment and his route', async () => {
  const { context, page } = await signInOnPhone(browser, 'teacher.filippov');
  await openFromMenu(page, 'my-diagnostics');
  await page.waitForURL(/\/my\/diagnostics$/);
  await page.getByTestId('my-diagnostic-open').first().click();
  await page.waitForURL(/\/diagnostics\/fill\//);
  await page.getByTestId('fill-item-1').waitFor();
  await assertNoSideScroll(page, 'the diagnostic fill page');
  await page.screenshot({ path: 'test-results/e2e-phone-fill.png', fullPage: true });
  await logoutReachable(page);

  // A route of his own, written through the API, shown on the route page.
  const routeId = await createOwnRoute(page, `E2E: ИОМ на телефоне ${Date.now()}`);
  await openFromMenu(page, 'my-routes');
  await page.getByTestId('my-routes').waitFor();
  await assertNoSideScroll(page, 'my routes');
  await page.goto(`${BASE}/routes/${routeId}`);
  await page.getByTestId('route-page').waitFor();
  await assertNoSideScroll(page, 'the route page');
  await page.screenshot({ path: 'test-results/e2e-phone-route.png', fullPage: true });
  await logoutReachable(page);
  await context.close();
});

test('on a phone the mentor opens her mentorships and signs out', async () => {
  const { context, page } = await signInOnPhone(browser, 'mentor.zhdanova');
  await openFromMenu(page, 'my-mentorships');
  await page.waitForURL(/\/my\/mentorships$/);
  await page.locator('main h1').first().waitFor();
  await assertNoSideScroll(page, 'my mentorships');
  await openFromMenu(page, 'mentoring');
  await page.locator('main h1').first().waitFor();
  await assertNoSideScroll(page, 'mentoring programmes');
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login/);
  await context.close();
});

/** Opens the first link of `selector` and waits for `ready` (a test id) on the page it leads to. */
async function openFirst(page, selector, ready) {
  const link = page.locator(selector).first();
  await link.waitFor();
  await link.click();
  await page.getByTestId(ready).first().waitFor();
}

test('on a phone the Timashevsk methodist opens the staging sites, a programme, a cohort, its attendance and the plans', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.timashevsk');
  await openFromMenu(page, 'staging');
  await page.getByTestId('staging-site-link').first().waitFor();
  await assertNoSideScroll(page, 'the staging catalogue');
  await openFirst(page, '[data-testid="staging-site-link"]', 'staging-site-theme');
  await assertNoSideScroll(page, 'a staging site card');
  await openFirst(page, '[data-testid="staging-program-link"]', 'program-title');
  await assertNoSideScroll(page, 'an internship programme');
  await logoutReachable(page);
  // The programme of the demo cohorts, with its cohorts listed.
  const open = await apiCall(page, '{ openInternshipCohorts { programId } }');
  await page.goto(`${BASE}/internship-programs/${open.data.openInternshipCohorts[0].programId}`);
  await page.getByTestId('program-cohort-link').first().waitFor();
  await assertNoSideScroll(page, 'a programme with its cohorts');

  await openFromMenu(page, 'internships');
  await page.waitForURL(/\/internships\/my$/);
  await page.getByTestId('open-cohort-title').first().waitFor();
  await assertNoSideScroll(page, 'the internships');
  await openFirst(page, '[data-testid="open-cohort-title"]', 'cohort-title');
  await assertNoSideScroll(page, 'a cohort');
  await openFirst(page, '[data-testid="cohort-session-attendance"]', 'attendance-row');
  await assertNoSideScroll(page, 'an attendance sheet');
  await logoutReachable(page);

  await openFromMenu(page, 'plans');
  await page.waitForURL(/\/plans$/);
  await page.getByTestId('plan-link').first().waitFor();
  await assertNoSideScroll(page, 'the plans');
  await openFirst(page, '[data-testid="plan-link"]', 'plan-title');
  await page.getByTestId('plan-item-row').first().waitFor();
  await assertNoSideScroll(page, 'a plan');
  await openFirst(page, '[data-testid="plan-monitoring-link"]', 'planmon-tab-monitoring');
  await assertNoSideScroll(page, 'a plan monitoring page');
  await page.screenshot({ path: 'test-results/e2e-phone-plan-monitoring.png', fullPage: true });
  await logoutReachable(page);

  await page.goto(`${BASE}/events/new`);
  await page.getByTestId('field-title').waitFor();
  await assertNoSideScroll(page, 'the event form');
  await logoutReachable(page);
  await context.close();
});

test('on a phone the intern opens «Мои стажировки», the teacher the events and the calendar, anyone the certificate check', async () => {
  const intern = await signInOnPhone(browser, 'teacher.timashevsk');
  await openFromMenu(intern.page, 'internships');
  await intern.page.getByTestId('my-internship').first().waitFor();
  await assertNoSideScroll(intern.page, '«Мои стажировки»');
  await logoutReachable(intern.page);
  const mine = await apiCall(intern.page, '{ myInternshipApplications { certificateNumber } }');
  const certificate = mine.data.myInternshipApplications.find((a) => a.certificateNumber)?.certificateNumber;
  assert.ok(certificate, JSON.stringify(mine));
  await intern.context.close();

  const anonymous = await newContext(browser, { locale: 'ru-RU', ...PHONE });
  const pub = await anonymous.newPage();
  await pub.goto(`${BASE}/verify/${encodeURIComponent(certificate)}`);
  await pub.getByTestId('verify-result-holder').waitFor();
  await assertNoSideScroll(pub, 'the public certificate check');
  await anonymous.close();

  const { context, page } = await signInOnPhone(browser, 'teacher.filippov');
  await openFromMenu(page, 'events');
  await page.getByTestId('event-link').first().waitFor();
  await assertNoSideScroll(page, 'the events');
  await openFirst(page, '[data-testid="event-link"]', 'event-title');
  await assertNoSideScroll(page, 'an event');
  // «Добавить в календарь (.ics)»: the event's own iCal file, fetched with the teacher's session.
  const ics = await page.evaluate(async (href) => (await fetch(href)).text(), await page.getByTestId('event-ical').getAttribute('href'));
  assert.match(ics, /BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/);
  await page.screenshot({ path: 'test-results/e2e-phone-event.png' });
  await logoutReachable(page);
  await openFromMenu(page, 'calendar');
  await page.getByTestId('calendar-view').locator('.fc-view').waitFor();
  await assertNoSideScroll(page, 'the calendar (list)');
  // The month grid on a phone: the toolbar wraps, the grid fits.
  await page.goto(`${BASE}/calendar?view=month&date=2027-03-01`);
  await page.locator('.fc-daygrid').waitFor();
  await assertNoSideScroll(page, 'the calendar (month)');
  await page.screenshot({ path: 'test-results/e2e-phone-calendar-month.png', fullPage: true });
  await page.goto(`${BASE}/calendar?view=week&date=2027-03-15`);
  await page.locator('.fc-timegrid').waitFor();
  await assertNoSideScroll(page, 'the calendar (week)');
  await logoutReachable(page);
  await context.close();
});
