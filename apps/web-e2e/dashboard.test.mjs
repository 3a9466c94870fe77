import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, axeViolations, BASE, launch, openFromMenu, openOverlay, signIn, signInOnPhone } from './browser.mjs';

// Demo data: Ленинградская область has the Podporozhye organisations and the «Школа – школе» mentorships (seed 002);
// the coordinator's dashboard is the region's, narrowed to Подпорожье by the territory filter.

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('on a phone, the coordinator opens the region dashboard, picks a municipality, clicks a number and lands on its rows', async () => {
  const { context, page } = await signInOnPhone(browser, 'coordinator.lo');
  await openFromMenu(page, 'dashboard');
  await page.waitForURL(/\/dashboard$/);
  await page.getByTestId('dashboard-subject').filter({ hasText: 'Ленинградская область' }).waitFor();
  await page.getByTestId('dashboard-number-teachers').waitFor();
  await assertNoSideScroll(page, 'region dashboard');
  assert.deepEqual(await axeViolations(page), []);

  await openOverlay(page, 'dashboard-municipality', '.p-select-overlay');
  await page.locator('.p-select-overlay').getByRole('option', { name: 'Подпорожский муниципальный район', exact: true }).click();
  await page.waitForURL(/\/dashboard\?municipality=[0-9a-f-]{36}$/);
  await page.getByTestId('dashboard-subject').filter({ hasText: 'Подпорожский муниципальный район' }).waitFor();
  const teachers = page.getByTestId('dashboard-number-teachers');
  assert.match((await teachers.innerText()).trim(), /^32\s+Педагогов$/);
  await assertNoSideScroll(page, 'municipality dashboard');

  // A reload keeps the filter (it lives in the URL).
  const url = page.url();
  await page.reload();
  await page.getByTestId('dashboard-subject').filter({ hasText: 'Подпорожский муниципальный район' }).waitFor();
  assert.equal(page.url(), url);

  await page.getByTestId('dashboard-number-teachers').click();
  await page.waitForURL(/\/dashboard\/rows\/TEACHERS\?.*municipality=[0-9a-f-]{36}/);
  // The 32 people the number counts: the total and the rows, all of Подпорожье.
  await page.getByTestId('dashboard-rows-total').filter({ hasText: '32' }).waitFor();
  await page.getByTestId('dashboard-row-link').first().waitFor();
  const rows = page.getByTestId('dashboard-rows-row');
  assert.equal(await rows.count(), 25);
  const places = await rows.locator('td:nth-child(2)').allInnerTexts();
  assert.ok(places.every((p) => !/Воркут|Тимашев|Ярослав/.test(p)), `foreign workplace listed: ${places.join('; ')}`);
  await assertNoSideScroll(page, 'dashboard rows');
  assert.deepEqual(await axeViolations(page), []);

  // Back on the dashboard, the mentors of the school year open their own rows.
  await page.getByTestId('dashboard-rows-back').click();
  await page.getByTestId('dashboard-number-mentors').waitFor();
  const mentors = Number((await page.getByTestId('dashboard-number-mentors').innerText()).replace(/\D+/g, ''));
  await page.getByTestId('dashboard-number-mentors').click();
  await page.waitForURL(/\/dashboard\/rows\/MENTORS\?/);
  await page.getByTestId('dashboard-rows-total').filter({ hasText: String(mentors) }).waitFor();
  if (mentors > 0) assert.equal(await page.getByTestId('dashboard-rows-row').count(), Math.min(mentors, 25));
  await context.close();
});

test('a methodist asking for another municipality’s dashboard is told it is not found', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.timashevsk');
  await page.goto(`${BASE}/dashboard`);
  const own = page.getByTestId('dashboard-subject');
  await own.waitFor();
  assert.match(await own.innerText(), /Тимашевск/);
  await page.goto(`${BASE}/dashboard?municipality=00000000-0000-4000-8000-000000000000`);
  await page.getByTestId('page-not-found').waitFor();
  await context.close();
});

test('a methodist recalculates a computed indicator from the dashboard: the job’s progress, then the card «по состоянию на» the new moment', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.goto(`${BASE}/dashboard`);
  await page.getByTestId('dashboard-subject').filter({ hasText: 'Подпорожский муниципальный район' }).waitFor();
  // «Доля школ с НОР/ НСУ» is computed from the schools' statuses; the demo's seeding recalculated it.
  const card = page.getByTestId('dashboard-indicator').filter({ hasText: 'Доля школ с НОР/ НСУ' });
  const asOf = card.getByTestId('indicator-as-of');
  await asOf.waitFor();
  assert.match(await asOf.innerText(), /^по состоянию на \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
  const seededAt = await asOf.getAttribute('datetime');
  assert.ok(seededAt, 'the as-of carries its moment');
  assert.doesNotMatch(await card.getByTestId('dashboard-indicator-actual').innerText(), /ещё не пересчитывался/);
  assert.deepEqual(await axeViolations(page), []);

  await card.getByTestId('indicator-recalculate').click();
  const job = card.getByTestId('indicator-recalculate-job');
  await job.waitFor();
  await card.locator('[data-testid="indicator-recalculate-job"][data-state="DONE"]').waitFor();
  // The dashboard reloads: the card is now as of the recalculation just done.
  await card.locator('[data-testid="indicator-as-of"]:not([datetime="' + seededAt + '"])').waitFor();
  const newAt = await asOf.getAttribute('datetime');
  assert.ok(new Date(newAt).getTime() > new Date(seededAt).getTime(), `${newAt} is after ${seededAt}`);
  assert.match(await card.getByTestId('dashboard-indicator-actual').innerText(), /Расчёт/);
  await context.close();
});
