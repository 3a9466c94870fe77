import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
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
