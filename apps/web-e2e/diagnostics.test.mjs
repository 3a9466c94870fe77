import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/diagnostics/vorkuta.data.ts — the open self-assessment of young teachers of
// Vorkuta СОШ №12 (PROF-DEFICITS: 15 questions with options, one free-text question); teacher.filippov takes part
// and has not answered yet. Test ids: apps/web/README.md («Диагностика»).
const CAMPAIGN = /молодых педагогов/;
const REQUIRED = 15;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Answers questions `from`…`to` with the option key. */
async function answer(page, from, to, key) {
  for (let n = from; n <= to; n += 1) await page.getByTestId(`fill-item-${n}-option-${key}`).click();
}

async function progressText(page) {
  return (await page.getByTestId('fill-progress').innerText()).trim();
}

test('teacher.filippov fills in his self-assessment: an autosaved draft, a question before leaving unsaved answers, a resume after reload, a refused gap, one submission', async () => {
  const { context, page } = await signIn(browser, 'teacher.filippov');
  await page.setViewportSize({ width: 1280, height: 1000 });

  // «Мои диагностики»: the open campaign, not started.
  await page.getByTestId('menu-my-diagnostics').click();
  await page.waitForURL(/\/my\/diagnostics$/);
  const card = page.getByTestId('my-diagnostic').filter({ hasText: CAMPAIGN });
  await card.waitFor();
  assert.equal((await card.getByTestId('my-diagnostic-status').innerText()).trim(), 'Не начата');
  await page.screenshot({ path: 'test-results/e2e-diagnostics-my.png', fullPage: true });
  await card.getByTestId('my-diagnostic-open').click();
  await page.waitForURL(/\/diagnostics\/fill\/[0-9a-f-]{36}\/self$/);
  await page.getByTestId('fill-item-1').waitFor();
  assert.match(await page.getByTestId('fill-campaign').innerText(), CAMPAIGN);
  assert.equal(await progressText(page), `Отвечено на 0 из ${REQUIRED} обязательных вопросов`);

  // Part of it: saved as a draft by itself, shortly after the last answer, with no button pressed.
  await answer(page, 1, 5, 'some');
  await page.getByTestId('fill-autosave').filter({ hasText: 'Черновик сохранён' }).waitFor();
  await page.getByTestId('fill-status').filter({ hasText: 'Черновик' }).waitFor();

  // Offline, the next answer cannot be stored: the page says so, and a menu click asks before leaving — «остаться».
  await context.setOffline(true);
  await page.getByTestId('fill-item-6-option-serious').click();
  assert.equal(await progressText(page), `Отвечено на 6 из ${REQUIRED} обязательных вопросов`);
  await page.getByTestId('fill-autosave').filter({ hasText: 'Не удалось сохранить черновик — повторим' }).waitFor();
  const asked = new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.dismiss();
    });
  });
  await page.getByTestId('menu-my-diagnostics').click();
  assert.equal(await asked, 'Есть несохранённые изменения. Уйти со страницы и потерять их?');
  assert.match(page.url(), /\/diagnostics\/fill\/[0-9a-f-]{36}\/self$/);
  assert.equal(await page.getByTestId('fill-item-6-option-serious').locator('input').isChecked(), true);
  await page.screenshot({ path: 'test-results/e2e-diagnostics-unsaved.png', fullPage: true });
  // Back online, the draft is saved on the next try.
  await context.setOffline(false);
  await page.getByTestId('fill-autosave').filter({ hasText: 'Черновик сохранён' }).waitFor();

  // Reload: the answers are there.
  await page.reload();
  await page.getByTestId('fill-item-1').waitFor();
  await page.getByTestId('fill-status').filter({ hasText: 'Черновик' }).waitFor();
  assert.equal(await progressText(page), `Отвечено на 6 из ${REQUIRED} обязательных вопросов`);
  assert.equal(await page.getByTestId('fill-item-3-option-some').locator('input').isChecked(), true);
  assert.equal(await page.getByTestId('fill-item-6-option-serious').locator('input').isChecked(), true);
  assert.equal(await page.getByTestId('fill-item-7-option-some').locator('input').isChecked(), false);

  // Sending with gaps is refused and the unanswered questions are marked.
  await page.getByTestId('fill-submit').click();
  await page.getByTestId('fill-error').waitFor();
  assert.match(await page.getByTestId('fill-error').innerText(), /Не отвечено на 9 обязательных вопросов/);
  assert.equal(await page.getByTestId('fill-item-7-missing').isVisible(), true);
  assert.equal(await page.getByTestId('fill-item-6-missing').count(), 0);
  await page.screenshot({ path: 'test-results/e2e-diagnostics-missing.png', fullPage: true });

  // The rest, the optional text, then «Отправить» with confirmation.
  await answer(page, 7, 12, 'none');
  await answer(page, 13, REQUIRED, 'share');
  assert.equal(await page.getByTestId('fill-item-7-missing').count(), 0);
  await page.getByTestId('fill-item-16-text').fill('Хотел бы обсудить формирующее оценивание с наставником');
  assert.equal(await progressText(page), `Отвечено на ${REQUIRED} из ${REQUIRED} обязательных вопросов`);
  await page.getByTestId('fill-submit').click();
  await page.getByTestId('fill-confirm-ok').click();
  await page.getByTestId('fill-status').filter({ hasText: 'Отправлено' }).waitFor();
  assert.match(await page.getByTestId('fill-blocked').innerText(), /^Ответ уже отправлен \d\d\.\d\d\.\d{4}/);
  // No second submission: the buttons are gone and the answers are read-only.
  assert.equal(await page.getByTestId('fill-submit').count(), 0);
  assert.equal(await page.getByTestId('fill-save').count(), 0);
  assert.equal(await page.getByTestId('fill-item-1-option-share').locator('input').isDisabled(), true);
  await page.screenshot({ path: 'test-results/e2e-diagnostics-submitted.png', fullPage: true });

  // After a reload too, and on «Мои диагностики».
  await page.reload();
  await page.getByTestId('fill-blocked').waitFor();
  assert.equal(await page.getByTestId('fill-submit').count(), 0);
  await page.getByTestId('fill-back').click();
  await page.waitForURL(/\/my\/diagnostics$/);
  await card.getByTestId('my-diagnostic-status').filter({ hasText: 'Отправлена' }).waitFor();
  await context.close();
});

test('the СОШ №12 administrator sees the 2022 results with deficits of his teachers and the young teacher’s submission', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.getByTestId('menu-diagnostics').click();
  await page.waitForURL(/\/diagnostics$/);
  await page.getByTestId('campaign-link').filter({ hasText: 'Мониторинг оценки базовых компетентностей' }).click();
  await page.getByTestId('campaign-name').waitFor();
  // The seed's 2022 assessment takes the teachers of №12 only (four invented teachers), not №35's mentors.
  assert.match(await page.getByTestId('campaign-counts').innerText(), /Участников: 4/);
  await page.getByTestId('tab-results').click();
  const lytkina = page.getByTestId('result-row').filter({ hasText: 'Лыткина' });
  await lytkina.waitFor();
  assert.equal(await lytkina.getByTestId('result-SH4.2').getAttribute('data-level'), 'DEFICIT');
  assert.equal(await page.getByTestId('result-row').filter({ hasText: 'Жданова' }).count(), 0);
  await page.screenshot({ path: 'test-results/e2e-diagnostics-results.png', fullPage: true });
  await context.close();
});

/** Picks an option of a PrimeVue Select (typing into its filter when it has one). */
async function pick(page, testId, option, filter) {
  await page.getByTestId(testId).click();
  if (filter) await page.locator('.p-select-overlay input').fill(filter);
  await page.locator('.p-select-overlay').getByRole('option', { name: option }).first().click();
}

test('the administrator sets up a combined campaign for young teachers, opens it and assesses Филиппов as an expert', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.getByTestId('menu-diagnostics').click();
  await page.getByTestId('campaign-create').click();
  await page.getByTestId('campaign-form').waitFor();
  await page.getByTestId('field-name').fill(`E2E: базовые компетентности молодых педагогов ${Date.now()}`);
  await pick(page, 'field-instrumentId', /Шадрикова/);
  await pick(page, 'field-mode', 'Самооценка и экспертная оценка');
  await pick(page, 'field-combineRule', 'Взвешенное среднее');
  await pick(page, 'field-organizationIds', /СОШ №12/, 'СОШ №12');
  await page.getByTestId('campaign-organization').filter({ hasText: 'СОШ №12' }).waitFor();
  await page.getByTestId('audience-young').click();
  await page.getByTestId('field-closesOn').fill('2027-05-31');
  await page.screenshot({ path: 'test-results/e2e-diagnostics-form.png', fullPage: true });
  await page.getByTestId('submit').click();
  await page.waitForURL(/\/diagnostics\/[0-9a-f-]{36}$/);
  await page.getByTestId('campaign-status').filter({ hasText: 'Подготовка' }).waitFor();

  // Opening fixes the audience: the three young teachers of №12.
  await page.getByTestId('campaign-open').click();
  await page.getByTestId('campaign-confirm-ok').click();
  await page.getByTestId('campaign-status').filter({ hasText: 'Идёт' }).waitFor();
  await page.getByTestId('campaign-counts').filter({ hasText: 'Участников: 3' }).waitFor();
  const filippov = page.getByTestId('participant-row').filter({ hasText: 'Филиппов' });
  await filippov.waitFor();
  assert.equal((await filippov.getByTestId('participant-expert').innerText()).trim(), 'не начата');

  // The expert's form: 26 statements on the 1–5 scale.
  await filippov.getByTestId('participant-assess').click();
  await page.waitForURL(/\/diagnostics\/fill\/[0-9a-f-]{36}\/expert$/);
  await page.getByTestId('fill-participant').filter({ hasText: 'Филиппов' }).waitFor();
  for (let n = 1; n <= 26; n += 1) await page.getByTestId(`fill-item-${n}-value-${n % 2 ? 4 : 3}`).click();
  await page.getByTestId('fill-submit').click();
  await page.getByTestId('fill-confirm-ok').click();
  await page.getByTestId('fill-status').filter({ hasText: 'Отправлено' }).waitFor();
  await page.getByTestId('fill-back').click();
  await page.waitForURL(/\/diagnostics\/[0-9a-f-]{36}$/);
  await page.getByTestId('participant-row').filter({ hasText: 'Филиппов' }).getByTestId('participant-expert').filter({ hasText: 'Отправлено' }).waitFor();
  await context.close();
});
