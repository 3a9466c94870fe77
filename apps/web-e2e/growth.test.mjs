import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, axeViolations, launch, openFromMenu, signInOnPhone } from './browser.mjs';

// Demo data: apps/api/src/seed/demo-internship.seeder.ts (Сидоренко А.С., teacher.timashevsk, completed the illustrative
// 2025/26 cohort's modules, certificate МС-2026-…) and apps/api/src/seed/demo-growth.seeder.ts (the illustrative
// practicum, 2 academic hours an occurrence, which she attended).

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('on a phone, a teacher opens «Мои часы развития»: the 2025/2026 total, modules with the certificate, the practicum; exports XLSX', async () => {
  const { context, page } = await signInOnPhone(browser, 'teacher.timashevsk');
  await openFromMenu(page, 'my-hours');
  await page.waitForURL(/\/my\/hours$/);
  const year = page.getByTestId('professional-hours-year').filter({ hasText: 'Учебный год 2025/2026' });
  await year.waitFor();
  assert.match((await year.getByTestId('professional-hours-total').textContent()).trim(), /^Всего: [\d\s,]+ ак\. ч$/);
  assert.ok((await year.getByTestId('professional-hours-certificate').count()) > 0);
  await year.getByTestId('professional-hours-event').filter({ hasText: 'Практикум стажёров' }).first().waitFor();
  await assertNoSideScroll(page, 'my hours');
  assert.deepEqual(await axeViolations(page), []);

  const download = page.waitForEvent('download');
  await page.getByTestId('professional-hours-export').click();
  assert.match((await download).suggestedFilename(), /^Часы профессионального развития .+ \d{2}\.\d{2}\.\d{4}\.xlsx$/);

  await year.getByTestId('professional-hours-event').filter({ hasText: 'Практикум стажёров' }).first().click();
  await page.getByTestId('event-hours').getByText('2 ак. ч за посещение').waitFor();
  await context.close();
});
