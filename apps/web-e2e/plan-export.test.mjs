import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { apiCall, assertNoSideScroll, launch, PHONE, signIn } from './browser.mjs';

// Demo data: methodist.podporozhye keeps Podporozhye's yearly event plans (002); the 2020–2021 plan carries one
// illustrative correction. The test downloads the plan as XLSX and PDF and the execution report from the monitoring tabs.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function planId(page) {
  const r = await apiCall(page, `query { plans(first: 100) { nodes { id title } } }`);
  const plan = r.data.plans.nodes.find((p) => p.title.includes('2020- 2021'));
  assert.ok(plan, 'the Podporozhye 2020–2021 plan is in the demo data');
  return plan;
}

test('exporting a plan: XLSX and PDF downloads of the plan and of the execution report, typed right and not empty', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye', { acceptDownloads: true });
  const plan = await planId(page);
  await page.goto(`${page.url().split('/').slice(0, 3).join('/')}/plans/${plan.id}`);
  await page.getByTestId('plan-monitoring-link').click();
  await page.getByTestId('planmon-tab-monitoring').waitFor();

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-plan-xlsx').click()]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(await xlsx.path()));
  const header = [];
  wb.worksheets[0].getRow(5).eachCell((c) => header.push(c.value));
  assert.deepEqual(header, ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Участники', 'Планируемый результат']);
  assert.equal(wb.worksheets[0].getRow(1).getCell(1).value, plan.title);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-plan-pdf').click()]);
  assert.match(pdf.suggestedFilename(), /\.pdf$/);
  const bytes = await readFile(await pdf.path());
  assert.ok(bytes.length > 1000);
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');

  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-report-xlsx').click()]);
  assert.match(report.suggestedFilename(), /^Отчёт о реализации/);
  const rwb = new ExcelJS.Workbook();
  await rwb.xlsx.load(await readFile(await report.path()));
  assert.equal(rwb.worksheets[0].getRow(1).getCell(1).value, 'Отчёт о реализации плана-графика');
  await context.close();
});

test('the monitoring tabs on a phone: the timeline scrolls inside, the history shows the correction with its reason', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye', PHONE);
  const plan = await planId(page);
  await page.goto(`${page.url().split('/').slice(0, 3).join('/')}/plans/${plan.id}/monitoring`);
  await page.getByTestId('plan-gantt').waitFor();
  await assertNoSideScroll(page);
  await page.getByTestId('planmon-tab-history').click();
  await page.getByTestId('correction-row').first().waitFor();
  assert.match(await page.getByTestId('correction-row').first().innerText(), /Иллюстративно: перенос по итогам ежегодного мониторинга/);
  await assertNoSideScroll(page);
  await context.close();
});
