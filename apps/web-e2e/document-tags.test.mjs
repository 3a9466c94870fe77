/* global document -- inside page.waitForFunction, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations, launch, openOverlay, signIn } from './browser.mjs';

// Tags of the document bank (apps/web/src/modules/document): the tag column, the `?tag=` filter kept in the URL, tags
// typed in the document form. Demo data: apps/api/src/seed/demo/documents/documents.data.ts — the Timashevsk
// «Положение о муниципальной стажировочной площадке» (seed 004) has the topic «стажировочные площадки», read off its title.
const TAG = 'стажировочные площадки';
const STAGING_REGULATION = 'Положение о муниципальной стажировочной площадке';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until every row of the list carries the tag (the list has reloaded with the filter) and returns the rows' titles. */
async function rowsAllTagged(page, tag) {
  await page.waitForFunction((t) => {
    const rows = [...document.querySelectorAll('[data-testid="document-row"]')];
    return rows.length > 0 && rows.every((r) => [...r.querySelectorAll('[data-testid="document-tag"]')].some((b) => b.textContent.trim() === t));
  }, tag);
  return page.getByTestId('document-link').allInnerTexts();
}

test('a methodist filters the document bank by a tag from the tag column; the filter stays in the URL across a reload', async () => {
  const { context, page } = await signIn(browser, 'methodist.timashevsk');
  try {
    await page.goto(new URL('/documents', page.url()).toString());
    // The bank holds more than a page: the regulation is found by its words first.
    await page.getByTestId('filter-search').fill('муниципальной стажировочной площадке');
    await page.waitForURL(/q=/);
    const row = page.getByTestId('document-row').filter({ has: page.getByTestId('document-link').filter({ hasText: STAGING_REGULATION }) });
    await row.waitFor();
    const chip = row.getByTestId('document-tag').filter({ hasText: TAG });
    assert.equal(await chip.getAttribute('title'), `Показать документы с меткой «${TAG}»`);
    await chip.click();
    await page.waitForURL((url) => url.searchParams.get('tag') === TAG);
    // Without the words, the tag alone filters the bank.
    await page.getByTestId('filter-search').fill('');
    await page.waitForURL((url) => !url.searchParams.has('q') && url.searchParams.get('tag') === TAG);
    const titles = await rowsAllTagged(page, TAG);
    assert.ok(titles.includes(STAGING_REGULATION), titles.join(' | '));
    assert.equal(await page.getByTestId('filter-tag').inputValue(), TAG);
    await assertNoAxeViolations(page, 'the document bank filtered by a tag');

    await page.reload();
    await page.getByTestId('document-link').filter({ hasText: STAGING_REGULATION }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('tag'), TAG);
    assert.deepEqual((await rowsAllTagged(page, TAG)).sort(), [...titles].sort());
    assert.equal(await page.getByTestId('filter-tag').inputValue(), TAG);

    // Typed in the filter: normalised as the API keeps tags (lower case); cleared, the whole bank is back (untagged rows too).
    await page.getByTestId('filter-tag').fill('Наставничество');
    await page.getByTestId('filter-tag').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('tag') === 'наставничество');
    await rowsAllTagged(page, 'наставничество');
    await page.getByTestId('filter-tag').fill('');
    await page.getByTestId('filter-tag').press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('tag'));
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="document-row"]')].some((r) => !r.querySelector('[data-testid="document-tag"]')));
  } finally {
    await context.close();
  }
});

test('tags typed in the document form show on its card and lead to the bank filtered by them', async () => {
  const { context, page } = await signIn(browser, 'methodist.timashevsk');
  try {
    const title = `Положение о школьном методическом объединении наставников ${Date.now()}`;
    await page.goto(new URL('/documents/new', page.url()).toString());
    await page.getByTestId('field-level').getByText('Муниципальный').click();
    await openOverlay(page, 'field-municipalityId', '.p-select-overlay');
    await page.locator('.p-select-overlay').getByRole('option', { name: 'Тимашевский район' }).click();
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await openOverlay(page, 'field-kind', '.p-select-overlay');
    await page.locator('.p-select-overlay').getByRole('option', { name: 'Положение', exact: true }).click();
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await page.getByTestId('field-title').fill(title);
    await page.getByTestId('field-tags').fill('Наставничество, методические объединения, наставничество');
    await assertNoAxeViolations(page, 'the document form');
    await page.getByTestId('submit').click();

    // Kept lower-case, each once, in the order typed.
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.getByTestId('document-title').filter({ hasText: title }).waitFor();
    assert.deepEqual(await page.getByTestId('document-tags').locator('a').allInnerTexts(), ['наставничество', 'методические объединения']);
    await assertNoAxeViolations(page, 'the document card with its tags');

    await page.getByTestId('document-tags').getByRole('link', { name: 'методические объединения' }).click();
    await page.waitForURL((url) => url.pathname === '/documents' && url.searchParams.get('tag') === 'методические объединения');
    assert.deepEqual(await rowsAllTagged(page, 'методические объединения'), [title]);
  } finally {
    await context.close();
  }
});
