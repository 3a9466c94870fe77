import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, signIn } from './browser.mjs';

// Demo data: the Vorkuta network (СОШ №12 coordinates it, СОШ №35 supports it) and its «Учитель – учитель»
// programme; school12.vorkuta runs both. Diagnostic results may or may not be in the demo data: the screens
// must show either results or their empty states, never an error.
const VORKUTA = /Воркут/;
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function pick(page, testId, option) {
  await page.getByTestId(testId).click();
  await page.locator('.p-select-overlay').getByRole('option', { name: option }).first().click();
}

test('staff open «Подбор наставников» from the menu and walk its three screens', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  try {
    await page.getByTestId('menu-matching').click();
    await page.waitForURL(/\/matching$/);
    await page.getByTestId('matching-choose').waitFor();

    await page.getByTestId('matching-tab-schools').click();
    await page.waitForURL(/\/matching\/schools/);
    await pick(page, 'schools-network', VORKUTA);
    await page.getByTestId('schools-table').waitFor();
    const pairs = await page.getByTestId('schools-row').count();
    if (!pairs) await page.getByTestId('schools-empty').waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/matching-schools.png`, fullPage: true });

    await page.getByTestId('matching-tab-plan').click();
    await page.waitForURL(/\/matching\/plan/);
    await pick(page, 'plan-program', VORKUTA);
    // Either a plan exists, or one can be made (or the programme has nobody with a deficit: a toast says so).
    await Promise.race([page.getByTestId('plan').waitFor(), page.getByTestId('plan-none').waitFor()]);
    if (await page.getByTestId('plan-create').count()) {
      await page.getByTestId('plan-create').click();
      await Promise.race([page.getByTestId('plan-table').waitFor(), page.locator('.p-toast-message').filter({ hasText: 'Некого распределять' }).waitFor()]);
    }
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/matching-plan.png`, fullPage: true });
    assert.equal(await page.getByTestId('page-error').count(), 0);
  } finally {
    await context.close();
  }
});
