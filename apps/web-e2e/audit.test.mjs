import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { BASE, exportTable, launch, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the administrator sorts the audit log by action, keeps the filter and order in the URL through a reload, and exports it', async () => {
  // A few logins, so the log has rows of several actions today.
  for (const login of ['methodist.podporozhye', 'mentor.zhdanova']) {
    const { context } = await signIn(browser, login);
    await context.close();
  }
  const { context, page } = await signIn(browser, 'admin');
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`${BASE}/audit?from=${today}`);
  await page.getByTestId('audit-row').first().waitFor();
  const total = Number((await page.getByTestId('audit-total').innerText()).replace(/\D+/g, ''));
  assert.ok(total >= 3, `need several rows today, got ${total}`);

  await page.getByTestId('audit-col-action').click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'action' && url.searchParams.get('dir') === 'asc' && url.searchParams.get('from') === today);
  // The sorted page has arrived when the list is no longer busy (the URL changes first, then the page is fetched).
  await page.locator('[data-testid="audit-list"][aria-busy="false"]').waitFor();
  await page.getByTestId('audit-row').first().waitFor();
  const firstAction = (await page.locator('[data-testid="audit-row"] td:nth-child(3)').first().innerText()).trim();

  // Reload: the same filter and order.
  await page.reload();
  await page.getByTestId('audit-row').first().filter({ hasText: firstAction }).waitFor();

  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await readFile(await (await download).path()));
  const sheet = book.worksheets[0];
  const table = exportTable(sheet);
  assert.equal(table.title, 'Журнал аудита');
  assert.deepEqual(table.header, ['Когда', 'Кто', 'Действие', 'Объект', 'Чьи данные']);
  assert.ok(table.rows.length >= total, `every row of the log today: ${table.rows.length} of ${total}`);
  const actions = table.rows.map((row) => String(row.getCell(3).value));
  // In the order of the page: each action one run, the first one first.
  assert.equal(actions[0], firstAction);
  const runs = actions.filter((a, i) => i === 0 || a !== actions[i - 1]);
  assert.equal(new Set(runs).size, runs.length, `actions interleaved: ${runs.join(', ')}`);
  assert.ok(actions.includes('вход'));
  await context.close();
});
