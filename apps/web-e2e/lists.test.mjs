import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { BASE, exportTable, launch, openOverlay, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The numbers in the «Стаж» column of the shown rows. */
async function experience(page) {
  const cells = await page.locator('[data-testid="person-row"] td:nth-child(4)').allInnerTexts();
  return cells.map((c) => Number(/\d+/.exec(c)?.[0] ?? -1));
}

test('a list sorts by a column, pages by 50, keeps it all in the URL through a card and «назад», and exports to Excel', async () => {
  const { context, page } = await signIn(browser, 'admin');
  await page.goto(`${BASE}/people`);
  await page.getByTestId('person-link').first().waitFor();
  const total = Number((await page.getByTestId('person-total').innerText()).replace(/\D+/g, ''));
  assert.ok(total > 50, `need more than one page of 50, got ${total}`);

  // Sort by experience, descending (two clicks on the header).
  await page.getByTestId('person-col-experience').click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'experience' && url.searchParams.get('dir') === 'asc');
  await page.getByTestId('person-col-experience').click();
  await page.waitForURL((url) => url.searchParams.get('dir') === 'desc');

  // 50 rows a page, then page 2.
  await openOverlay(page, 'pager-size', '.p-select-overlay');
  await page.locator('.p-select-overlay .p-select-option', { hasText: /^50$/ }).click();
  await page.waitForURL((url) => url.searchParams.get('size') === '50');
  await page.locator('[data-testid="pager"] .p-paginator-page', { hasText: /^2$/ }).click();
  await page.waitForURL((url) => url.searchParams.get('page') === '2');
  await page.getByTestId('pager-info').filter({ hasText: `Показано 51–${Math.min(100, total)} из ${total}` }).waitFor();
  // The pager follows the URL at once; the rows are page 2's once the list is no longer busy.
  await page.locator('[data-testid="person-list"][aria-busy="false"]').waitFor();
  const years = await experience(page);
  assert.deepEqual(years, [...years].sort((a, b) => b - a), `not by experience, descending: ${years.join(',')}`);
  const listUrl = page.url();
  const firstOnPage = await page.getByTestId('person-link').first().innerText();

  // A card, then the browser's «назад»: the same URL and the same page.
  await page.getByTestId('person-link').first().click();
  await page.waitForURL((url) => /\/people\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.goBack();
  await page.waitForURL(listUrl);
  await page.getByTestId('pager-info').filter({ hasText: `Показано 51–${Math.min(100, total)} из ${total}` }).waitFor();
  await page.locator('[data-testid="person-list"][aria-busy="false"]').waitFor();
  assert.equal(await page.getByTestId('person-link').first().innerText(), firstOnPage);

  // Export: every matching row (not the page), visible columns with Russian headers.
  const download = page.waitForEvent('download');
  await page.getByTestId('person-export').click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await readFile(file));
  const sheet = book.worksheets[0];
  const table = exportTable(sheet);
  assert.equal(table.title, 'Педагоги');
  assert.deepEqual(table.header, ['ФИО', 'Должности', 'Предметы', 'Стаж', 'Квалификационная категория']);
  assert.equal(table.rows.length, total);
  const exported = table.rows.map((row) => row.getCell(4).value ?? -1);
  assert.deepEqual(exported, [...exported].sort((a, b) => b - a));
  await context.close();
});
