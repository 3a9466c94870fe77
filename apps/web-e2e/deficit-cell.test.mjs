import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { animationsSettled, axeViolations, launch, signIn } from './browser.mjs';

// The cell dialog of the deficits heatmap: its «Балл, %» column shows each person's score in the competence, the same
// numbers the cell's mean is made of. Demo data: apps/api/src/seed/demo/deficits/podporozhye.data.ts — the invented
// answers of the August 2023 Podporozhye monitoring follow a profile per school: СОШ №1 has base option 1 and AS2 among
// its weak codes, so all four of its teachers answer AS2 with option 0 («серьёзные затруднения»), scored 0 % — a true 0,
// not a broken display (checked: API field `score` and the SPA column); СОШ №3 (base 3, AS2 not weak) scores high.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The dialog's rows as [score, level] pairs, with the score read as a number («93,3» → 93.3). */
async function dialogRows(page) {
  const rows = page.getByTestId('heatmap-cell-people').locator('tbody tr');
  await page.getByTestId('heatmap-cell-person').first().waitFor();
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    out.push({ score: Number(cells[1].trim().replace(',', '.')), level: cells[2].trim() });
  }
  return out;
}

async function openCell(page, school) {
  const cell = page.getByTestId('heatmap-row').filter({ hasText: school }).locator('[data-testid$="-AS2"]');
  // The mean score (no «%»: the share the map showed before the metric was switched).
  await cell.filter({ hasNotText: '%' }).waitFor();
  const mean = Number((await cell.innerText()).trim().replace(',', '.'));
  await cell.click();
  const rows = await dialogRows(page);
  return { mean, rows };
}

async function closeDialog(page) {
  await page.keyboard.press('Escape');
  await page.getByTestId('heatmap-cell-dialog').waitFor({ state: 'detached' });
}

test('the heatmap cell dialog shows each teacher’s score, adding up to the cell’s mean (СОШ №1 AS2 is a true 0)', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  try {
    await page.setViewportSize({ width: 1600, height: 1100 });
    await page.getByTestId('menu-deficits').click();
    await page.waitForURL(/\/deficits\?framework=[0-9a-f-]{36}&campaign=[0-9a-f-]{36}/);
    await page.getByTestId('heatmap-metric').getByText('Средний балл').click();
    await page.waitForURL(/metric=meanScore/);
    await page.getByTestId('heatmap-row').first().waitFor();

    // A school with high AS2 scores: the people's scores are not zero and their mean is the cell's.
    const high = await openCell(page, 'СОШ №3');
    assert.ok(high.mean > 50, `СОШ №3 AS2 mean ${high.mean}`);
    assert.ok(high.rows.every((r) => r.score > 0), JSON.stringify(high.rows));
    const avg = high.rows.reduce((s, r) => s + r.score, 0) / high.rows.length;
    assert.equal(Math.round(avg * 10) / 10, high.mean);
    await animationsSettled(page);
    assert.deepEqual(await axeViolations(page), [], 'axe on the cell dialog');
    await closeDialog(page);

    // СОШ №1: every teacher answered AS2 with «серьёзные затруднения» — 0 % and a deficit, mean 0.
    const low = await openCell(page, 'СОШ №1');
    assert.equal(low.mean, 0);
    assert.deepEqual(low.rows, Array.from({ length: 4 }, () => ({ score: 0, level: 'Дефицит' })));
    await closeDialog(page);
  } finally {
    await context.close();
  }
});
