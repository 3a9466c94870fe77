import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, launch, openFromMenu, openOverlay, signIn, signInOnPhone } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/staging/timashevsk.data.ts — the staging sites of seed 004 on МБОУ СОШ № 1, 2, 4, 5, 11, 13
// and the support site on МБДОУ д/с № 7, the only one that develops DE1 (развивающая предметно-пространственная среда).
const SUPPORT_THEME = 'Научно-методическое сопровождение профессионального роста педагогов в условиях деятельности стажировочных площадок';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Filters the catalogue by a competence and opens the only site found. */
async function filterByDe1AndOpen(page) {
  await page.getByTestId('staging-site-link').first().waitFor();
  await openOverlay(page, 'filter-competence', '.p-select-overlay');
  await page.locator('.p-select-overlay input').fill('DE1');
  await page.locator('.p-select-overlay').getByRole('option', { name: /^DE1 / }).first().click();
  await page.waitForURL(/competence=/);
  // The filtered page: the other sites leave, the support site stays.
  await page.getByTestId('staging-site-row').nth(1).waitFor({ state: 'detached' });
  const row = page.getByTestId('staging-site-row').filter({ hasText: 'Детский сад № 7' });
  await row.waitFor();
  assert.equal(await page.getByTestId('staging-site-row').count(), 1);
  assert.match(await row.innerText(), /Детский сад № 7/);
  assert.equal(await row.getByTestId('staging-site-kind').innerText(), 'Опорная площадка');
  assert.equal(await row.getByTestId('staging-site-state').innerText(), 'Срок истёк');
  await row.getByTestId('staging-site-link').click();
  await page.getByTestId('staging-site-theme').waitFor();
}

test('the Timashevsk methodist finds the support site by competence in the catalogue and opens its card', async () => {
  const { context, page } = await signIn(browser, 'methodist.timashevsk');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openFromMenu(page, 'staging');
  await page.waitForURL(/\/staging-sites/);
  // The eight sites of seed 004 (six of 2015–2018, СОШ № 2 and д/с № 7 of 2020–2023).
  await page.getByTestId('staging-site-link').nth(7).waitFor();
  const themes = await page.getByTestId('staging-site-link').allInnerTexts();
  assert.ok(themes.length >= 8, themes.join('; '));
  await filterByDe1AndOpen(page);
  assert.equal(await page.getByTestId('staging-site-theme').innerText(), SUPPORT_THEME);
  assert.equal(await page.getByTestId('staging-site-period').innerText(), '01.01.2020 – 31.12.2023');
  assert.match(await page.getByTestId('staging-site-host').innerText(), /Детский сад № 7/);
  assert.match(await page.getByTestId('staging-site-competences').innerText(), /DE1/);
  assert.ok((await page.getByTestId('staging-site-masters').locator('li').count()) >= 1);
  const program = page.getByTestId('staging-program-link');
  assert.equal(await program.innerText(), 'Компетенции в области проектирования предметно-развивающей среды');
  await page.screenshot({ path: 'test-results/e2e-staging-site.png', fullPage: true });
  await program.click();
  await page.getByTestId('program-title').waitFor();
  assert.equal(await page.getByTestId('program-duration').innerText(), '12–18 мес.');
  await context.close();
});

test('the catalogue and a site card work on a phone without sideways scrolling', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.timashevsk');
  await openFromMenu(page, 'staging');
  await page.waitForURL(/\/staging-sites/);
  await page.getByTestId('staging-site-link').first().waitFor();
  await assertNoSideScroll(page, 'the catalogue of sites');
  await filterByDe1AndOpen(page);
  await page.getByTestId('staging-site-programs').waitFor();
  await assertNoSideScroll(page, 'a site card');
  await page.getByTestId('staging-program-link').click();
  await page.getByTestId('program-title').waitFor();
  await assertNoSideScroll(page, 'a programme page');
  await page.screenshot({ path: 'test-results/e2e-staging-phone.png', fullPage: true });
  await context.close();
});
