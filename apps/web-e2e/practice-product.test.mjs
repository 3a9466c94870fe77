import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoAxeViolations, launch, openOverlay, signIn } from './browser.mjs';

// The product form of the practice bank (apps/web/src/modules/practice/ProductFormPage.vue): its pickers of authors,
// route and step. Demo data: apps/api/src/seed/demo-routes.seeder.ts — the invented teacher Лыткина О.П. of МОУ «СОШ
// №12» г. Воркуты has the route «ИОМ: совершенствование методических компетенций» whose second step is the
// «Методическая панорама»; the Vorkuta methodist reads it.
const AUTHOR = 'Лыткина Ольга Петровна';
const ROUTE = 'ИОМ: совершенствование методических компетенций';
const STEP = /^2\. Методическая панорама/;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Picks an option of a Select or MultiSelect overlay, typing into its filter first when given. */
async function pick(page, testId, overlay, option, filter) {
  await openOverlay(page, testId, overlay);
  if (filter) await page.locator(`${overlay} input[type="text"]`).first().fill(filter);
  const choice = page.locator(overlay).getByRole('option', { name: option }).first();
  await choice.waitFor();
  await choice.click();
}

test('a methodist creates a product with an author, a route and its step; the card and the list show it', async () => {
  const { context, page } = await signIn(browser, 'methodist.vorkuta');
  try {
    const title = `Технологическая карта урока-панорамы ${Date.now()}`;
    await page.goto(new URL('/products', page.url()).toString());
    await page.getByTestId('product-create').click();
    await page.waitForURL(/\/products\/new$/);
    await page.getByTestId('product-form').waitFor();
    await page.getByTestId('field-title').fill(title);
    await pick(page, 'field-kind', '.p-select-overlay', 'Методическое пособие');
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await page.getByTestId('field-year').locator('input').fill('2026');
    await pick(page, 'field-organizationId', '.p-select-overlay', /СОШ №12/, 'СОШ №12');
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });

    // The author: searched by name in the people of the methodist's scope.
    await pick(page, 'field-authorPersonIds', '.p-multiselect-overlay', new RegExp(`^${AUTHOR}`), 'Лыткина');
    await page.keyboard.press('Escape');
    await page.locator('.p-multiselect-overlay').waitFor({ state: 'detached' });
    await page.getByTestId('field-authorPersonIds').getByText(AUTHOR).waitFor();

    // The route: the author's routes are offered («title — owner»); then its steps, numbered as on the route.
    await pick(page, 'field-routeId', '.p-select-overlay', `${ROUTE} — ${AUTHOR}`);
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await page.getByTestId('field-routeId').getByText(`${ROUTE} — ${AUTHOR}`).waitFor();
    await page.locator('[data-testid="field-routeStepId"]:not(.p-disabled)').waitFor();
    await pick(page, 'field-routeStepId', '.p-select-overlay', STEP);
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await page.getByTestId('field-routeStepId').getByText(STEP).waitFor();
    await assertNoAxeViolations(page, 'the product form with its pickers filled');
    await page.getByTestId('submit').click();

    // The card: author, route (a link to it) and the step.
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    await page.getByTestId('product-title').filter({ hasText: title }).waitFor();
    assert.equal(await page.getByTestId('product-authors').innerText(), AUTHOR);
    assert.equal(await page.getByTestId('product-route').innerText(), ROUTE);
    assert.match(await page.getByTestId('product-route').locator('..').innerText(), /· Методическая панорама «От панорамы методических идей/);
    await assertNoAxeViolations(page, 'the product card');

    // The list finds it by its title.
    await page.goto(new URL('/products', page.url()).toString());
    await page.getByTestId('filter-search').fill('урока-панорамы');
    await page.waitForURL(/q=/);
    await page.getByTestId('product-link').filter({ hasText: title }).waitFor();
    await assertNoAxeViolations(page, 'the product list');
  } finally {
    await context.close();
  }
});
