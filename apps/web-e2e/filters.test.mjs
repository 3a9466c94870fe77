import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations, BASE, launch, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the organisations filter bar comes without PrimeVue’s pickers; a picker loads on first use, by mouse or keyboard, and filters the list', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  const scripts = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (/^\/assets\/.+\.js$/.test(path)) scripts.push(path);
  });
  await page.goto(`${BASE}/organizations`);
  await page.getByTestId('organization-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Podporozhye's schools fit on one page: no pager, whose page size is a Select too (loaded once the rows are painted).
  const total = Number((await page.getByTestId('organization-total').innerText()).replace(/\D+/g, ''));
  assert.ok(total > 0 && total <= 25, `one page of organisations, got ${total}`);
  assert.deepEqual(scripts.filter((s) => /\/pickers-/.test(s)), [], 'the pickers’ chunk is not loaded with the page');

  // Drawn as PrimeVue draws the closed pickers, with the filters' names; axe finds nothing on them.
  const status = page.getByTestId('filter-status');
  assert.match((await status.getAttribute('class')) ?? '', /\bp-select\b/);
  assert.equal(await status.getByRole('combobox', { name: 'Статус' }).innerText(), 'Статус');
  assert.equal(await page.getByTestId('filter-kind').getByRole('combobox', { name: 'Тип' }).count(), 1);
  assert.equal(await page.getByTestId('filter-archived').getByRole('button', { name: 'Действующие' }).getAttribute('aria-pressed'), 'true');
  await assertNoAxeViolations(page, 'the organisations filter bar before use');

  // A click opens PrimeVue's Select in its place; the choice goes to the URL and the list.
  await status.click();
  const option = page.locator('.p-select-overlay').getByRole('option').first();
  const label = (await option.innerText()).trim();
  await option.click();
  await page.waitForURL((url) => url.searchParams.has('status'));
  assert.ok(scripts.some((s) => /\/pickers-/.test(s)), 'the pickers’ chunk is loaded on first use');
  await page.getByTestId('filter-status').filter({ hasText: label }).waitFor();
  await page.locator('[data-testid="organization-list"][aria-busy="false"]').waitFor();

  // From the keyboard: Enter on the kind's combobox opens the MultiSelect with the focus in it.
  await page.getByTestId('filter-kind').getByRole('combobox').focus();
  await page.keyboard.press('Enter');
  const kind = page.locator('.p-multiselect-overlay').getByRole('option').first();
  const kindLabel = (await kind.innerText()).trim();
  await kind.click();
  await page.waitForURL((url) => url.searchParams.has('kind') && url.searchParams.has('status'));
  await page.keyboard.press('Escape');
  await page.locator('.p-multiselect-overlay').waitFor({ state: 'detached' });
  await page.getByTestId('filter-kind').filter({ hasText: kindLabel }).waitFor();

  // The archive state's buttons: another choice goes to the URL.
  await page.getByTestId('filter-archived').getByRole('button', { name: 'Все' }).click();
  await page.waitForURL((url) => url.searchParams.get('archived') === 'ALL');
  assert.equal(await page.getByTestId('filter-archived').getByRole('button', { name: 'Все' }).getAttribute('aria-pressed'), 'true');
  await page.locator('[data-testid="organization-list"][aria-busy="false"]').waitFor();
  await assertNoAxeViolations(page, 'the organisations filter bar in use');
  await context.close();
});
