import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, launch, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/mentoring/vorkuta.data.ts — the Vorkuta programme (coordinated by СОШ №12,
// administrator school12.vorkuta) with the ACTIVE pair Жданова Т.М. (mentor.zhdanova) – Филиппов М.И. (teacher.filippov).
const VORKUTA = /Воркут/;
const STAMP = Date.now();
const ENTRY = `E2E: разобрали ошибки пробного ОГЭ, договорились о разборе заданий 20–25 (${STAMP})`;
const SURVEY = `E2E: промежуточная анкета ${STAMP}`;
const SCALE_Q = 'Насколько полезны встречи с наставником?';
const TEXT_Q = 'Что стоит изменить в работе пары?';
const SUGGESTION = 'Больше открытых уроков';

let browser;
let mentorshipUrl;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until exactly `count` elements match. */
async function countOf(locator, count, timeout = 10_000) {
  const until = Date.now() + timeout;
  let seen = -1;
  while (Date.now() < until) {
    seen = await locator.count();
    if (seen === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`expected ${count}, saw ${seen}`);
}

/** The Vorkuta programme page, from the side menu. */
async function openVorkutaProgramme(page) {
  await page.getByTestId('menu-mentoring').click();
  await page.waitForURL(/\/mentoring$/);
  await page.getByTestId('program-link').filter({ hasText: VORKUTA }).first().click();
  await page.getByTestId('program-name').waitFor();
}

test('mentor Жданова writes a diary entry for the pair only; it is listed', async () => {
  const { context, page } = await signIn(browser, 'mentor.zhdanova');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-my-mentorships').click();
  await page.waitForURL(/\/my\/mentorships$/);
  await page.getByTestId('mentorship-row').first().waitFor();
  const active = page
    .getByTestId('mentorship-row')
    .filter({ has: page.getByTestId('mentorship-status').getByText('Идёт', { exact: true }) })
    .filter({ has: page.getByTestId('mentorship-mentees').getByText(/Филиппов/) })
    .first();
  await active.getByTestId('mentorship-link').click();
  await page.getByTestId('mentorship-title').waitFor();
  mentorshipUrl = page.url().split('?')[0];
  await page.getByTestId('mentorship-tab-diary').click();
  await page.getByTestId('diary-form').waitFor();

  await page.getByTestId('field-text').fill(ENTRY);
  await page.getByTestId('field-visibility').getByText('Видят только участники').click();
  await page.getByTestId('diary-prompts').locator('summary').click();
  await page.getByTestId('field-answers.done').fill('Разобрали типичные ошибки');
  await page.getByTestId('diary-submit').click();
  const entry = page.getByTestId('diary-entry').filter({ hasText: ENTRY });
  await entry.waitFor();
  assert.match(await entry.getByTestId('diary-entry-author').innerText(), /Жданова/);
  assert.equal(await entry.getByTestId('diary-entry-visibility').innerText(), 'Видят только участники');
  assert.match(await entry.getByTestId('diary-entry-answer').first().innerText(), /типичные ошибки/);
  // Newest first: the new entry heads the list.
  assert.match(await page.getByTestId('diary-entry').first().innerText(), new RegExp(String(STAMP)));
  await page.screenshot({ path: 'test-results/e2e-diary-written.png', fullPage: true });
  await context.close();
});

test('the coordinator sees only shared entries of the pair’s diary', async () => {
  assert.ok(mentorshipUrl, 'the mentor’s test found the pair');
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(`${mentorshipUrl}?tab=diary`);
  await page.getByTestId('diary-shared-only').waitFor();
  assert.equal(await page.getByTestId('diary-shared-only').innerText(), 'Вы видите только записи, открытые координатору');
  await page.getByTestId('diary-entries').waitFor();
  await countOf(page.getByTestId('diary-entry').filter({ hasText: ENTRY }), 0);
  assert.equal(await page.getByTestId('diary-form').count(), 0);
  await page.screenshot({ path: 'test-results/e2e-diary-coordinator.png', fullPage: true });
  await context.close();
});

test('the coordinator creates a survey; Филиппов answers it; the results count one respondent and withhold his answers', async () => {
  const admin = await signIn(browser, 'school12.vorkuta');
  await admin.page.setViewportSize({ width: 1440, height: 1100 });
  await openVorkutaProgramme(admin.page);
  await admin.page.getByTestId('program-tab-surveys').click();
  await admin.page.getByTestId('survey-create').click();
  await admin.page.getByTestId('field-title').fill(SURVEY);
  await admin.page.getByTestId('field-questions.0.text').fill(SCALE_Q);
  await admin.page.getByTestId('field-questions.1.text').fill(TEXT_Q);
  await admin.page.getByTestId('field-questions.1.type').getByText('Свободный ответ').click();
  await admin.page.getByTestId('survey-submit').click();
  const row = admin.page.getByTestId('survey-row').filter({ hasText: SURVEY });
  await row.waitFor();
  assert.equal(await row.getByTestId('survey-status').innerText(), 'Идёт опрос');
  await admin.page.screenshot({ path: 'test-results/e2e-survey-created.png', fullPage: true });

  const teacher = await signIn(browser, 'teacher.filippov');
  await teacher.page.setViewportSize({ width: 1440, height: 1100 });
  await teacher.page.getByTestId('menu-my-mentorships').click();
  await teacher.page.waitForURL(/\/my\/mentorships$/);
  const task = teacher.page.getByTestId('survey-task').filter({ hasText: SURVEY });
  await task.waitFor();
  await task.getByTestId('survey-answer').click();
  const form = task.getByTestId('survey-answer-form');
  await form.waitFor();
  // Without a rating the form refuses.
  await form.getByTestId('survey-answer-submit').click();
  await form.getByText('Оцените от 1 до 5').waitFor();
  const fields = form.locator('[data-testid^="field-answers."]');
  await fields.nth(0).getByText('4', { exact: true }).click();
  await fields.nth(1).fill(SUGGESTION);
  await teacher.page.screenshot({ path: 'test-results/e2e-survey-answer.png', fullPage: true });
  await form.getByTestId('survey-answer-submit').click();
  await countOf(teacher.page.getByTestId('survey-task').filter({ hasText: SURVEY }), 0);
  await teacher.context.close();

  await admin.page.goto(`${BASE}/mentoring`);
  await openVorkutaProgramme(admin.page);
  await admin.page.getByTestId('program-tab-surveys').click();
  await row.getByTestId('survey-results-toggle').click();
  const respondents = row.getByTestId('survey-respondents');
  await respondents.waitFor();
  assert.match(await respondents.innerText(), /^Ответили 1 из \d+$/);
  // One answer of a side could be attributed: it is withheld until three of that side answer.
  assert.match(await row.getByTestId('survey-withheld').first().innerText(), /^Недостаточно ответов для анонимности/);
  assert.equal(await row.getByTestId('survey-text').count(), 0);
  assert.equal(await row.getByTestId('survey-average').count(), 0);
  await admin.page.screenshot({ path: 'test-results/e2e-survey-results.png', fullPage: true });
  await admin.context.close();
});
