import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ical from 'node-ical';
import { assertNoSideScroll, launch, openFromMenu, openOverlay, signIn, signInOnPhone } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/cross-check.data.ts — the illustrative cross-check of papers (15–19.03.2027) between
// fictional schools of «Будем дружить школами»; the administrator sees every event.
const CROSS_CHECK = 'Перекрёстная проверка диагностических работ по русскому языку (демонстрационный пример)';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const vevents = (text) => Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');

test('the calendar: a month as a list, filtered by kind in the URL, subscribed to as a valid iCal feed', async () => {
  const { context, page } = await signIn(browser, 'admin');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openFromMenu(page, 'calendar');
  await page.waitForURL(/\/calendar/);
  await page.getByTestId('calendar-view').locator('.fc').waitFor();

  await page.goto(`${page.url().split('/calendar')[0]}/calendar?view=list&date=2027-03-01`);
  await page.locator('.fc-list-event', { hasText: CROSS_CHECK }).first().waitFor();

  await openOverlay(page, 'calendar-filter-kind', '.p-select-overlay');
  await page.locator('.p-select-overlay').getByRole('option', { name: 'Перекрёстная проверка диагностических работ', exact: true }).click();
  await page.waitForURL(/kind=PAPER_CROSS_CHECK/);
  assert.match(page.url(), /view=list/);
  assert.match(page.url(), /date=2027-03-01/);
  // Other kinds leave the list; the cross-check stays.
  await page.locator('.fc-list-event-title').filter({ hasNotText: /проверк/i }).first().waitFor({ state: 'detached' });
  await page.locator('.fc-list-event', { hasText: CROSS_CHECK }).first().waitFor();
  assert.equal(await page.locator('.fc-list-event-title').filter({ hasNotText: /проверк/i }).count(), 0);

  // The same view after a reload: the filter and the date live in the URL.
  await page.reload();
  await page.locator('.fc-list-event', { hasText: CROSS_CHECK }).first().waitFor();

  await page.getByTestId('calendar-subscribe').click();
  await page.getByTestId('calendar-subscribe-form').waitFor();
  await page.getByTestId('field-name').fill('Перекрёстные проверки');
  await page.getByTestId('calendar-subscribe-create').click();
  const urlField = page.getByTestId('calendar-subscription-url');
  await urlField.waitFor();
  const url = await urlField.inputValue();
  assert.match(url, /\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
  await page.getByTestId('calendar-subscription-row').filter({ hasText: 'Перекрёстные проверки' }).waitFor();

  // A calendar program fetches it without the session.
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
  const events = vevents(await res.text());
  const ours = events.find((e) => String(e.summary) === CROSS_CHECK);
  assert.ok(ours, events.map((e) => String(e.summary)).join('; '));
  assert.match(ours.uid, /@metodset$/);
  assert.ok(events.every((e) => /проверк/i.test(String(e.summary))), 'only the filtered kind');
  const again = vevents(await (await fetch(url)).text());
  assert.deepEqual(again.map((e) => e.uid).sort(), events.map((e) => e.uid).sort());
  await context.close();
});

test('the calendar on a phone: the list by default, filters and no sideways scroll', async () => {
  const { context, page } = await signInOnPhone(browser, 'admin');
  await openFromMenu(page, 'calendar');
  await page.waitForURL(/\/calendar/);
  await page.locator('.fc-list, .fc-list-empty').first().waitFor();
  assert.equal(await page.locator('.fc-daygrid').count(), 0);
  await page.getByTestId('calendar-filters').waitFor();
  await assertNoSideScroll(page, 'calendar on a phone');
  await page.goto(`${page.url().split('/calendar')[0]}/calendar?date=2027-03-01&kind=PAPER_CROSS_CHECK`);
  await page.locator('.fc-list-event', { hasText: CROSS_CHECK }).first().waitFor();
  await assertNoSideScroll(page, 'calendar list on a phone');
  await context.close();
});
