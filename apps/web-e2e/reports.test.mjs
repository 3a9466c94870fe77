import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { assertNoSideScroll, launch, openFromMenu, signIn, signInOnPhone, STEP_TIMEOUT_MS } from './browser.mjs';

// methodist.podporozhye orders the network interaction report (000/002) of Podporozhye for 2021–2022: a background
// job on the API makes it; the page follows its progress and offers the file, which is read back.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('ordering a monitoring report: progress, then the XLSX download with the period and the territory in its header', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye', { acceptDownloads: true });
  await openFromMenu(page, 'reports');
  await page.getByTestId('report-form').waitFor();
  await page.getByTestId('report-kind').click();
  await page.getByRole('option', { name: 'Мониторинг сетевого взаимодействия' }).click();
  await page.getByTestId('report-territory').click();
  await page.getByRole('option', { name: /^Подпорожский/ }).click();
  await page.getByTestId('report-from').fill('2021-01-01');
  await page.getByTestId('report-to').fill('2022-12-31');
  await page.getByTestId('report-order').click();

  const row = page.getByTestId('report-past-row').first();
  const link = row.locator('a[href^="/api/jobs/"]');
  await link.waitFor({ timeout: STEP_TIMEOUT_MS });
  assert.equal(await row.getAttribute('data-state'), 'DONE');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.match(download.suggestedFilename(), /^Мониторинг сетевого взаимодействия .*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(await download.path()));
  const sheet = wb.worksheets[0];
  assert.equal(sheet.getCell('A1').value, 'Мониторинг сетевого взаимодействия');
  assert.deepEqual([sheet.getCell('A2').value, sheet.getCell('B2').value], ['Период', '01.01.2021 – 31.12.2022']);
  assert.equal(sheet.getCell('A3').value, 'Территория');
  assert.match(String(sheet.getCell('B3').value), /^Подпорожский/);
  await context.close();
});

test('the reports page on a phone: no sideways scroll', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.podporozhye');
  await openFromMenu(page, 'reports');
  await page.getByTestId('report-form').waitFor();
  await assertNoSideScroll(page);
  await context.close();
});
