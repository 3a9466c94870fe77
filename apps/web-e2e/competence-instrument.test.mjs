import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, signIn } from './browser.mjs';

// Reference data: the SHADRIKOV and PROF frameworks (published, version 1). The regional coordinator keeps frameworks
// (COMPETENCE_WRITE) and the bank of methods (INSTRUMENT_WRITE); a teacher only reads them.
const CODE = `E2E${Date.now().toString(36).toUpperCase()}`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Picks an option of a PrimeVue Select. */
async function pick(page, testId, option) {
  await page.getByTestId(testId).click();
  await page.locator('.p-select-overlay').getByRole('option', { name: option }).first().click();
}

/** Accepts the open PrimeVue confirmation. */
async function accept(page, label) {
  await page.locator('.p-confirmdialog').getByRole('button', { name: label }).click();
}

test('the coordinator builds a framework, publishes it, and builds an instrument on it', async () => {
  const { context, page } = await signIn(browser, 'coordinator.lo');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-competences').click();
  await page.waitForURL(/\/competences$/);
  await page.getByTestId('framework-row-code').filter({ hasText: 'SHADRIKOV' }).first().waitFor();

  await page.getByTestId('framework-create').click();
  await page.getByTestId('framework-dialog').getByTestId('field-code').fill(CODE);
  await page.getByTestId('framework-dialog').getByTestId('field-name').fill('Рамка E2E');
  await page.getByTestId('framework-submit').click();
  await page.waitForURL(/\/competences\/[0-9a-f-]{36}$/);
  await page.getByTestId('framework-tree-empty').waitFor();

  await page.getByTestId('tree-area-add').click();
  await page.getByTestId('tree-area-form').getByTestId('field-name').fill('Методическая');
  await page.getByTestId('tree-form-submit').click();
  await page.getByTestId('tree-area-code').filter({ hasText: 'A1' }).waitFor();
  await page.getByTestId('tree-competence-add').click();
  assert.equal(await page.getByTestId('tree-competence-form').getByTestId('field-code').inputValue(), 'A1.1');
  await page.getByTestId('tree-competence-form').getByTestId('field-name').fill('Знание современных методик');
  await page.getByTestId('tree-form-submit').click();
  await page.getByTestId('tree-competence-code').filter({ hasText: 'A1.1' }).waitFor();

  await page.getByTestId('framework-publish').click();
  await accept(page, 'Опубликовать');
  await page.getByTestId('framework-readonly').waitFor();
  assert.equal(await page.getByTestId('tree-area-add').count(), 0);
  await page.screenshot({ path: 'test-results/e2e-framework.png', fullPage: true });

  await page.getByTestId('menu-instruments').click();
  await page.waitForURL(/\/instruments$/);
  await page.getByTestId('instrument-create').click();
  await pick(page, 'field-frameworkId', new RegExp(CODE));
  await page.getByTestId('instrument-dialog').getByTestId('field-code').fill(`${CODE}-M`);
  await page.getByTestId('instrument-dialog').getByTestId('field-name').fill('Методика E2E');
  await page.getByTestId('instrument-submit').click();
  await page.waitForURL(/\/instruments\/[0-9a-f-]{36}$/);

  await page.getByTestId('item-add').click();
  await pick(page, 'field-competenceId', /A1\.1/);
  await page.getByTestId('item-dialog').getByTestId('field-text').fill('Использую современные методики на уроке');
  await page.getByTestId('item-submit').click();
  await page.getByTestId('item-text').filter({ hasText: 'современные методики' }).waitFor();
  await page.getByTestId('rule-missing').waitFor();

  await page.getByTestId('rule-deficitBelow').fill('50');
  await page.getByTestId('rule-proficitFrom').fill('80');
  await page.getByTestId('rule-proficitFrom').blur();
  await page.getByTestId('rule-save').click();
  await page.getByTestId('rule-remove').waitFor();
  assert.equal(await page.getByTestId('rules-missing').count(), 0);

  await page.getByTestId('instrument-publish').click();
  await accept(page, 'Опубликовать');
  await page.getByTestId('instrument-readonly').waitFor();
  assert.equal(await page.getByTestId('item-add').count(), 0);
  await page.screenshot({ path: 'test-results/e2e-instrument.png', fullPage: true });
  await context.close();
});

test('a teacher reads the bank of methods without editing controls', async () => {
  const { context, page } = await signIn(browser, 'teacher.filippov');
  await page.getByTestId('menu-instruments').click();
  await page.waitForURL(/\/instruments$/);
  await page.getByTestId('instrument-row').or(page.getByTestId('instrument-list-empty')).first().waitFor();
  assert.equal(await page.getByTestId('instrument-create').count(), 0);
  assert.equal(await page.getByTestId('instrument-import-open').count(), 0);
  await page.getByTestId('menu-competences').click();
  await page.getByTestId('framework-link').first().click();
  await page.getByTestId('framework-tree').waitFor();
  assert.equal(await page.getByTestId('framework-new-version').count(), 0);
  assert.equal(await page.getByTestId('framework-archive').count(), 0);
  await context.close();
});
