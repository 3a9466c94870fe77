import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { BASE, launch, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('an import with a bad row reports its line, and nothing is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-e2e-import-'));
  const file = join(dir, 'organizations.csv');
  writeFileSync(
    file,
    [
      'Код;ИНН;Полное наименование;Краткое наименование;Вид;Муниципалитет',
      'e2e-1;;МБОУ «Тестовая школа №1»;Тестовая №1;СОШ;Подпорожский муниципальный район',
      'e2e-2;4711000010;МБОУ «Тестовая школа №2»;Тестовая №2;СОШ;Подпорожский муниципальный район',
    ].join('\n'),
  );
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.goto(`${BASE}/import`);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-report-row').first().waitFor();
  const rows = await page.getByTestId('import-report-row').allInnerTexts();
  assert.equal(rows.length, 1);
  assert.match(rows[0], /^3\b/);
  assert.match(rows[0], /ИНН/);
  await page.screenshot({ path: 'test-results/e2e-import-dry-run.png', fullPage: true });
  await page.goto(`${BASE}/organizations?q=Тестовая`);
  await page.getByTestId('organization-list-empty').waitFor();
  await context.close();
});

/** A valid organisation ИНН from its first nine digits. */
function inn(first9) {
  const w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = [...first9].reduce((acc, d, i) => acc + Number(d) * w[i], 0);
  return first9 + String((sum % 11) % 10);
}

test('an import that forgives: every error at once, the correct rows imported, the refused ones downloaded, a corrected file of the same name re-read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-e2e-forgiving-'));
  const file = join(dir, 'организации.csv');
  const PODP = 'Подпорожский муниципальный район';
  const header = 'Код;ИНН;Полное наименование;Краткое наименование;Вид;Муниципалитет;Сайт;Статусы';
  const good1 = `fg-1;${inn('470993001')};МБОУ «Прощающая школа №1»;Прощающая №1;СОШ;${PODP};fg1.example.ru;НОР 2024`;
  const good3 = `fg-3;${inn('470993003')};МБОУ «Прощающая школа №3»;Прощающая №3;Лицей;${PODP};;`;
  const wrong = inn('470993002').slice(0, 9) + String((Number(inn('470993002')[9]) + 1) % 10);
  writeFileSync(file, [header, good1, `fg-2;${wrong};МБОУ «Прощающая школа №2»;Прощающая №2;СОШ;Нигдеевский район;;`, good3].join('\n'));

  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.goto(`${BASE}/import`);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-report-row').nth(1).waitFor();
  const rows = await page.getByTestId('import-report-row').allInnerTexts();
  assert.equal(rows.length, 2, 'both errors of line 3 in one pass');
  assert.match(rows[0], /^3\b[\s\S]*ИНН[\s\S]*Неверная контрольная цифра ИНН/);
  assert.match(rows[1], /^3\b[\s\S]*Муниципалитет[\s\S]*«Нигдеевский район» не найден/);
  assert.equal(await page.getByTestId('import-run').isDisabled(), true);

  await page.getByTestId('import-run-valid').click();
  await page.getByTestId('import-result').waitFor();
  assert.equal(await page.getByTestId('import-created').innerText(), '2');
  assert.equal(await page.getByTestId('import-refused').innerText(), '1');
  await page.screenshot({ path: 'test-results/e2e-import-partial.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByTestId('import-download-refused').click();
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'организации — строки с ошибками.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await saved.path()));
  const sheet = wb.worksheets[0];
  assert.equal(sheet.rowCount, 2);
  // The template's columns (Адрес and Email too, left blank), then the reasons.
  const TEMPLATE = ['Код', 'ИНН', 'Полное наименование', 'Краткое наименование', 'Вид', 'Муниципалитет', 'Адрес', 'Email', 'Сайт', 'Статусы'];
  assert.deepEqual(sheet.getRow(1).values.slice(1), [...TEMPLATE, 'Почему строка не загружена']);
  assert.equal(sheet.getRow(2).getCell(1).value, 'fg-2');
  assert.equal(sheet.getRow(2).getCell(2).value, wrong);
  assert.match(String(sheet.getRow(2).getCell(11).value), /ИНН: Неверная контрольная цифра ИНН\nМуниципалитет: /);

  // The same file, corrected on disk under the same name and chosen again: its new content is checked.
  writeFileSync(file, [header, good1, `fg-2;${inn('470993002')};МБОУ «Прощающая школа №2»;Прощающая №2;СОШ;${PODP};;`, good3].join('\n'));
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-no-errors').waitFor();
  assert.equal(await page.getByTestId('import-created').innerText(), '1');
  assert.equal(await page.getByTestId('import-unchanged').innerText(), '2');
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-result').waitFor();
  assert.equal(await page.getByTestId('import-created').innerText(), '1');
  await context.close();
});
