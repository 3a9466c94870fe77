import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/deficits — the closed Podporozhye monitoring of August 2023 on PROF-DEFICITS (eight
// schools; СОШ №1 lacks AS2, PP2 and ME1 across the board) and the self-diagnostics of «Будем дружить школами».
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the Podporozhye methodist reads the deficits heatmap, drills down to a teacher’s profile and enters a school self-diagnostics', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.setViewportSize({ width: 1600, height: 1100 });
  await page.getByTestId('menu-deficits').click();
  // The filters land in the URL (framework, campaign, municipality): a reload or «назад» keeps them.
  await page.waitForURL(/\/deficits\?framework=[0-9a-f-]{36}&campaign=[0-9a-f-]{36}/);
  await page.getByTestId('heatmap').waitFor();
  assert.equal(await page.getByTestId('heatmap-row').count(), 8);
  await page.screenshot({ path: 'test-results/e2e-deficits-heatmap.png', fullPage: true });

  const sosh1 = page.getByTestId('heatmap-row').filter({ hasText: 'СОШ №1' });
  const as2 = sosh1.locator('[data-testid$="-AS2"]');
  assert.equal((await as2.innerText()).trim(), '100 %');
  await as2.click();
  await page.getByTestId('heatmap-cell-people').waitFor();
  assert.equal(await page.getByTestId('heatmap-cell-person').count(), 4);
  await page.screenshot({ path: 'test-results/e2e-deficits-drilldown.png' });
  await page.getByTestId('heatmap-cell-person').first().click();
  // The profile opens in the campaign of the map that was clicked.
  await page.waitForURL(/\/deficits\/person\/[0-9a-f-]{36}\?campaign=[0-9a-f-]{36}$/);
  await page.getByTestId('profile-chart').locator('canvas').waitFor();
  assert.ok((await page.getByTestId('profile-score').count()) >= 13);
  await page.screenshot({ path: 'test-results/e2e-deficits-profile.png', fullPage: true });

  await page.goBack();
  await page.getByTestId('heatmap').waitFor();
  await page.getByTestId('heatmap-row').filter({ hasText: 'СОШ №1' }).locator('[data-testid^="heatmap-row-"]').click();
  await page.waitForURL(/\/deficits\/organization\/[0-9a-f-]{36}$/);
  await page.getByTestId('aggregate-rule').waitFor();
  await page.getByTestId('aggregate-campaign').click();
  await page.locator('.p-select-overlay').getByRole('option', { name: /Подпорожского района/ }).first().click();
  await page.getByTestId('aggregate-run').click();
  const aggregated = page.locator('[data-testid="self-diagnosis"][data-source="AGGREGATED"]');
  await aggregated.waitFor();
  const deficits = await aggregated.getByTestId('self-diagnosis-DEFICIT').innerText();
  for (const code of ['AS2', 'PP2', 'ME1']) assert.match(deficits, new RegExp(code));
  await page.screenshot({ path: 'test-results/e2e-deficits-self-diagnosis.png', fullPage: true });
  await context.close();
});

test('a teacher sees his own competence profile only', async () => {
  const { context, page } = await signIn(browser, 'teacher.filippov');
  await page.getByTestId('menu-deficits').click();
  await page.waitForURL(/\/deficits\/my$/);
  await page.getByTestId('profile-empty').or(page.getByTestId('profile-chart')).first().waitFor();
  await context.close();
});
