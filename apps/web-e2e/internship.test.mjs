/* global document -- inside page.waitForFunction, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, BASE, launch, openFromMenu, signIn, signInOnPhone } from './browser.mjs';

// Demo data: apps/api/src/seed/demo-internship.seeder.ts — illustrative cohorts at the Timashevsk staging site of
// МБОУ СОШ № 2: «Молодые педагоги, 2026/27 учебный год» (2 seats, both taken, one intern waiting; its first session is
// past) and the finished 2025/26 cohort where Сидоренко А.С. (teacher.timashevsk) earned a certificate.
const NEXT = 'Молодые педагоги, 2026/27 учебный год';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a young teacher applies to a full cohort from «Мои стажировки» and gets a place on the waitlist; her certificate is verifiable', async () => {
  const { context, page } = await signIn(browser, 'teacher.timashevsk');
  await openFromMenu(page, 'internships');
  await page.waitForURL(/\/internships\/my$/);
  const mine = page.getByTestId('my-internship').first();
  const certificate = (await mine.getByTestId('my-internship-certificate').textContent()).replace('Сертификат ', '').trim();
  assert.match(certificate, /^МС-2026-\d{6}$/);

  const cohort = page.getByTestId('open-cohort').filter({ hasText: NEXT });
  await cohort.getByTestId('open-cohort-apply').click();
  const applied = page.getByTestId('my-internship').filter({ hasText: NEXT });
  await applied.getByTestId('application-status').getByText('В листе ожидания, место 2').waitFor();
  assert.equal(await cohort.getByTestId('open-cohort-apply').count(), 0);

  // The cohort page shows her place too; she withdraws and the page says so.
  await applied.getByTestId('my-internship-cohort').click();
  await page.getByTestId('cohort-title').getByText(NEXT).waitFor();
  await page.getByTestId('cohort-mine').getByText('В листе ожидания, место 2').waitFor();
  await page.getByTestId('cohort-withdraw').click();
  await page.getByTestId('cohort-apply').waitFor();

  // The public page, signed out.
  const anonymous = await browser.newContext({ locale: 'ru-RU' });
  const pub = await anonymous.newPage();
  await pub.goto(`${BASE}/verify/${encodeURIComponent(certificate)}`);
  await pub.getByTestId('verify-result-holder').getByText('Сидоренко Алина Сергеевна').waitFor();
  assert.equal((await pub.getByTestId('verify-result-status').textContent()).trim(), 'Действителен');
  await pub.getByTestId('verify-number').fill('МС-2026-999998');
  await pub.getByTestId('verify-submit').click();
  await pub.getByTestId('verify-not-found').getByText('Сертификат не найден').waitFor();
  await anonymous.close();
  await context.close();
});

test('on a phone, the methodist marks attendance at a session: each tap is saved and stays after a reload', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.timashevsk');
  await openFromMenu(page, 'internships');
  await page.waitForURL(/\/internships\/my$/);
  await page.getByTestId('open-cohort').filter({ hasText: NEXT }).getByTestId('open-cohort-title').click();
  await page.getByTestId('cohort-title').getByText(NEXT).waitFor();
  await assertNoSideScroll(page, 'cohort page');
  await page.getByTestId('cohort-session-attendance').first().click();
  await page.waitForURL(/\/attendance$/);
  const row = page.getByTestId('attendance-row').first();
  await row.waitFor();
  await assertNoSideScroll(page, 'attendance sheet');
  const present = row.getByTestId('attendance-present');
  const box = await present.boundingBox();
  assert.ok(box && box.height >= 44, `touch target ${box?.height} px high`);
  await present.tap();
  await page.waitForFunction(() => document.querySelector('[data-testid="attendance-present"]')?.getAttribute('aria-pressed') === 'true');
  await page.getByText('Отметка сохранена').first().waitFor();
  await page.reload();
  await page.getByTestId('attendance-row').first().getByTestId('attendance-present').and(page.locator('[aria-pressed="true"]')).waitFor();
  assert.match(await page.getByTestId('attendance-counts').textContent(), /Присутствуют: 1 из 1/);
  await row.getByTestId('attendance-absent').tap();
  await page.getByTestId('attendance-row').first().getByTestId('attendance-absent').and(page.locator('[aria-pressed="true"]')).waitFor();
  await context.close();
});
