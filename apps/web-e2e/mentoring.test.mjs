import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openOverlay, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/mentoring/vorkuta.data.ts — the «Учитель – учитель» programme of the Vorkuta
// network (coordinated by СОШ №12, whose administrator is school12.vorkuta), its mentor base and pairs; among them
// Жданова Т.М. (mentor.zhdanova) – Филиппов М.И., ACTIVE. The administrator's mentor base holds the mentors of СОШ №12.
const VORKUTA = /Воркут/;
const TOPIC = `E2E: разбор пробного ОГЭ ${Date.now()}`;
const NOTES = 'Разобраны задания второй части; следующая встреча — после пробного экзамена.';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until exactly `count` elements carry the test id. */
async function rowCount(page, testId, count, timeout = 10_000) {
  const until = Date.now() + timeout;
  let seen = -1;
  while (Date.now() < until) {
    seen = await page.getByTestId(testId).count();
    if (seen === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`expected ${count} × ${testId}, saw ${seen}`);
}

/** Picks an option of a PrimeVue Select. */
async function pick(page, testId, option) {
  await page.getByTestId(testId).click();
  await page.locator('.p-select-overlay').getByRole('option', { name: option }).first().click();
}

/** Creates the Vorkuta programme through the form when the demo data has none. */
async function createVorkutaProgramme(page) {
  await page.getByTestId('program-create').click();
  await page.getByTestId('field-name').fill('Наставничество «Учитель – учитель» в сети школ Воркуты');
  await pick(page, 'field-model', '«Учитель – учителю»');
  await page.getByTestId('field-forms').click();
  await page.locator('.p-multiselect-overlay').getByRole('option', { name: 'Традиционное' }).click();
  await page.getByTestId('field-name').click();
  await page.getByTestId('field-host').getByText('Сеть').click();
  await pick(page, 'field-networkId', VORKUTA);
  await page.getByTestId('submit').click();
  await page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/);
}

test('the СОШ №12 administrator forms a pair in the Vorkuta programme, seeing the mentor’s load', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-mentoring').click();
  await page.waitForURL(/\/mentoring$/);
  await page.getByTestId('program-row').or(page.getByTestId('program-list-empty')).first().waitFor();
  await page.screenshot({ path: 'test-results/e2e-mentoring-programs.png', fullPage: true });
  const link = page.getByTestId('program-link').filter({ hasText: VORKUTA }).first();
  if ((await link.count()) === 0) await createVorkutaProgramme(page);
  else await link.click();
  await page.getByTestId('program-name').waitFor();
  assert.match(await page.getByTestId('program-name').innerText(), VORKUTA);
  await page.getByTestId('mentorship-row').or(page.getByTestId('mentorship-list-empty')).first().waitFor();
  const before = await page.getByTestId('mentorship-row').count();
  await page.screenshot({ path: 'test-results/e2e-mentoring-program.png', fullPage: true });

  // «Сформировать»: a mentor of the base with a free place, shown with their load.
  await page.getByTestId('program-tab-form').click();
  await page.getByTestId('mentorship-form').waitFor();
  await openOverlay(page, 'field-mentorIds', '.p-multiselect-overlay');
  const mentor = page.locator('.p-multiselect-overlay [data-testid="mentor-option"]').filter({ hasText: /\d+ свободн/ }).first();
  await mentor.waitFor();
  const mentorText = await mentor.innerText();
  const [, load, capacity] = mentorText.match(/занято (\d+) из (\d+)/) ?? [];
  assert.ok(load !== undefined, mentorText);
  const free = Number(capacity) - Number(load);
  assert.ok(free >= 1, mentorText);
  const mentorName = mentorText.split('\n')[0].trim();
  await page.waitForTimeout(300); // the list fades in
  await page.screenshot({ path: 'test-results/e2e-mentoring-mentor-load.png', fullPage: true });
  await mentor.click();
  await page.keyboard.press('Escape'); // closes the list

  // One mentee more than the mentor has places: the API refuses with the mentor's load.
  await page.getByTestId('field-menteeIds').click();
  const people = page.locator('.p-multiselect-overlay [data-testid="person-option"]');
  await people.first().waitFor();
  const picked = [];
  for (let i = 0; picked.length < free + 1; i++) {
    const option = people.nth(i);
    picked.push((await option.innerText()).split('\n')[0].trim());
    await option.click();
  }
  await page.keyboard.press('Escape');
  await page.getByTestId('mentor-short-of-places').waitFor();
  await page.getByTestId('field-goals').fill('Подготовка к ВПР по русскому языку: работа с текстом.');
  await page.getByTestId('mentorship-submit').click();
  const refusal = page.getByTestId('error-mentorIds');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), new RegExp(`занято ${load} из ${capacity} мест, а нужно ещё ${free + 1}`));
  await page.waitForTimeout(400); // the message slides in
  await page.screenshot({ path: 'test-results/e2e-mentoring-capacity-refused.png', fullPage: true });

  // With one mentee the pair fits: it is formed and listed.
  await page.getByTestId('field-menteeIds').click();
  for (const name of picked.slice(1)) await page.locator('.p-multiselect-overlay').getByRole('option', { name }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('mentorship-submit').click();
  await page.getByTestId('mentorship-table').waitFor();
  await rowCount(page, 'mentorship-row', before + 1);
  // Newest first: the new pair heads the list, planned.
  const formed = page.getByTestId('mentorship-row').first();
  assert.equal(await formed.getByTestId('mentorship-mentors').innerText(), mentorName);
  assert.equal(await formed.getByTestId('mentorship-mentees').innerText(), picked[0]);
  assert.equal(await formed.getByTestId('mentorship-shape').innerText(), 'Пара');
  assert.equal(await formed.getByTestId('mentorship-status').innerText(), 'Запланировано');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/e2e-mentoring-pair-formed.png', fullPage: true });
  await context.close();
});

test('mentor Жданова plans a meeting of her active pair and records it as held', async () => {
  const { context, page } = await signIn(browser, 'mentor.zhdanova');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-my-mentorships').click();
  await page.waitForURL(/\/my\/mentorships$/);
  await page.getByTestId('mentorship-row').first().waitFor();
  await page.screenshot({ path: 'test-results/e2e-mentoring-my.png', fullPage: true });
  const active = page.getByTestId('mentorship-row').filter({ has: page.getByTestId('mentorship-status').getByText('Идёт', { exact: true }) }).first();
  assert.match(await active.getByTestId('mentorship-mentors').innerText(), /Жданова Тамара Михайловна/);
  await active.getByTestId('mentorship-link').click();
  await page.getByTestId('mentorship-title').waitFor();
  await page.getByTestId('session-table').waitFor();
  const sessions = await page.getByTestId('session-row').count();

  // Plan: the date starts as today (or the mentorship's start); a topic and a format.
  await page.getByTestId('field-topic').fill(TOPIC);
  await pick(page, 'field-format', 'Консультация');
  await page.getByTestId('session-plan-submit').click();
  await rowCount(page, 'session-row', sessions + 1);
  const row = page.getByTestId('session-row').filter({ hasText: TOPIC });
  await row.getByTestId('session-planned').waitFor();
  await page.screenshot({ path: 'test-results/e2e-mentoring-session-planned.png', fullPage: true });

  // Record it: held on the planned day, 50 minutes, with notes.
  await row.getByTestId('session-record').click();
  await page.getByTestId('session-record-form').waitFor();
  await page.getByTestId('field-durationMinutes').fill('50');
  await page.getByTestId('field-notes').fill(NOTES);
  await page.waitForTimeout(400); // the dialog fades in
  await page.screenshot({ path: 'test-results/e2e-mentoring-session-record.png', fullPage: true });
  await page.getByTestId('session-record-submit').click();
  await row.getByTestId('session-held').waitFor();
  assert.match(await row.getByTestId('session-held').innerText(), /, 50 мин$/);
  assert.equal(await row.getByTestId('session-notes').innerText(), NOTES);
  assert.equal(await row.getByTestId('session-record').count(), 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/e2e-mentoring-session-held.png', fullPage: true });
  await context.close();
});
