import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, launch, openFromMenu, signInOnPhone } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/indicators/index.ts — Timashevsk's minimum required results (seed 004), owned by
// the КРЦ network; «не менее 41 %» of teachers trained by 2023, no actual value in the seed.
const TRAINED = 'Доля педагогов образовательных организаций, прошедших курсы повышения квалификации по теме инновационной деятельности';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a methodist opens an indicator, sees its status, enters a value and sees the target met', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.timashevsk');
  await openFromMenu(page, 'indicators');
  await page.waitForURL(/\/indicators$/);
  const link = page.getByTestId('indicator-link').filter({ hasText: TRAINED });
  await link.waitFor();
  await assertNoSideScroll(page, 'indicator list');
  await link.click();

  await page.getByTestId('indicator-name').waitFor();
  assert.equal(await page.getByTestId('indicator-name').innerText(), TRAINED);
  assert.equal(await page.getByTestId('indicator-status').innerText(), 'Нет данных');
  assert.match(await page.getByTestId('indicator-targets').innerText(), /не менее 41%/);
  await assertNoSideScroll(page, 'indicator page');

  await page.getByTestId('value-add').click();
  await page.locator('#value-start').fill('2022-09-01');
  await page.locator('#value-end').fill('2023-05-31');
  await page.locator('#value-value').fill('45');
  await page.getByTestId('value-save').click();
  await page.getByTestId('indicator-status').filter({ hasText: 'Цель достигнута' }).waitFor();
  await page.getByTestId('indicator-values').waitFor();
  await context.close();
});
