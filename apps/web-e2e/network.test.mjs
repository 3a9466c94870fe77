import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BASE, launch, searchAutoComplete, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/networks/podporozhye.data.ts — a mixed network («смешанная модель») with three levels,
// 9 members and 11 links; СОШ №3 is level 1, СОШ №1 and the Вознесенский ОЦ level 3, and only the latter has
// no consultation link to СОШ №3 yet (СОШ №3 supports it directly).
const PODPOROZHYE_NETWORK = /Подпорожского района/;
const NEW_NETWORK = `E2E: сеть школ Подпорожья и Воркуты ${Date.now()}`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * Screenshot of the page with the chart as the user sees it: a tall viewport instead of `fullPage`, since
 * Chromium's full-page capture re-lays the canvas out mid-capture and the saved chart comes out squeezed.
 */
async function shootGraph(page, path) {
  await page.getByTestId('network-graph').locator('canvas').first().waitFor();
  await page.waitForTimeout(1500); // let the chart finish its entry animation
  await page.screenshot({ path });
  await page.getByTestId('network-graph').screenshot({ path: path.replace(/\.png$/, '-chart.png') });
}

/** Picks an option of a PrimeVue Select (optionally typing into its filter first). */
async function pick(page, testId, option, filterText) {
  await page.getByTestId(testId).click();
  if (filterText) await page.locator('.p-select-overlay .p-select-filter').fill(filterText);
  await page.locator('.p-select-overlay').getByRole('option', { name: option }).first().click();
}

/** Waits until exactly `count` elements carry the test id. */
async function rowCount(page, testId, count, timeout = 10_000) {
  const until = Date.now() + timeout;
  let seen = -1;
  while (Date.now() < until) {
    seen = await page.getByTestId(testId).count();
    if (seen === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`expected ${count} × ${testId}, saw ${seen}`);
}

test('the Podporozhye methodist sees the scheme and is held to the hierarchy’s rules', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.setViewportSize({ width: 1440, height: 1400 });
  await page.getByTestId('menu-networks').click();
  await page.waitForURL(/\/networks$/);
  await page.getByTestId('network-link').first().waitFor();
  await page.screenshot({ path: 'test-results/e2e-network-list.png', fullPage: true });

  await page.getByTestId('network-link').filter({ hasText: PODPOROZHYE_NETWORK }).click();
  await page.getByTestId('network-graph').locator('canvas').first().waitFor();
  const box = await page.getByTestId('network-graph').locator('canvas').first().boundingBox();
  assert.ok(box && box.width > 600 && box.height > 300, `graph canvas ${JSON.stringify(box)}`);
  await shootGraph(page, 'test-results/e2e-network-graph.png');

  await page.getByTestId('network-tab-members').click();
  await page.getByTestId('member-row').first().waitFor();
  assert.equal(await page.getByTestId('member-row').count(), 9);
  const members = await page.getByTestId('member-name').allInnerTexts();
  assert.ok(members.includes('СОШ №3 г. Подпорожье'), members.join('; '));

  await page.getByTestId('network-tab-edges').click();
  await page.getByTestId('edge-row').first().waitFor();
  const links = await page.getByTestId('edge-row').count();
  assert.equal(links, 11);

  // A level-3 school may not support the level-1 school: the API's rule shows under «Кому».
  await pick(page, 'edge-from', /^СОШ №1 г\. Подпорожье/);
  await page.getByTestId('edge-kind').getByText('Поддерживает', { exact: false }).click();
  await pick(page, 'edge-to', /^СОШ №3 г\. Подпорожье/);
  await page.getByTestId('edge-submit').click();
  const error = page.getByTestId('error-toMemberId');
  await error.waitFor();
  assert.match(await error.innerText(), /Поддержка идёт от более сильного уровня к более слабому: уровень 3 не может поддерживать уровень 1/);
  await page.waitForTimeout(400); // the message slides in
  await page.screenshot({ path: 'test-results/e2e-network-edge-error.png', fullPage: true });
  assert.equal(await page.getByTestId('edge-row').count(), links);

  // It may consult the level-1 school: the Вознесенский ОЦ has no such link yet.
  await pick(page, 'edge-from', /^Вознесенский ОЦ/);
  await page.getByTestId('edge-kind').getByText('Может консультироваться у').click();
  await page.getByTestId('edge-submit').click();
  await rowCount(page, 'edge-row', links + 1);
  assert.equal(await error.count(), 0);
  const added = page.getByTestId('edge-row').filter({ hasText: 'Вознесенский ОЦ' }).filter({ hasText: 'Может консультироваться у' });
  assert.equal(await added.count(), 1);
  await page.screenshot({ path: 'test-results/e2e-network-edge-added.png', fullPage: true });

  await page.getByTestId('network-tab-graph').click();
  await shootGraph(page, 'test-results/e2e-network-graph-after.png');
  await context.close();
});

test('a new network gets a member from another region and an agreement with its scan', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(`${BASE}/networks`);
  await page.getByTestId('network-create').click();
  await page.getByTestId('field-name').fill(NEW_NETWORK);
  await pick(page, 'field-model', /^Иерархическая сеть/);
  await pick(page, 'field-coordinatorOrganizationId', /СОШ №4 г\. Подпорожье/, 'СОШ №4');
  await page.getByTestId('field-goals').fill('Обмен опытом подготовки к ВПР');
  await page.getByTestId('submit').click();
  await page.waitForURL(/\/networks\/[0-9a-f-]{36}$/);
  assert.equal(await page.getByTestId('network-name').innerText(), NEW_NETWORK);
  assert.match(await page.getByTestId('network-coordinator').innerText(), /СОШ №4 г\. Подпорожье/);

  await page.getByTestId('network-tab-members').click();
  await rowCount(page, 'member-row', 1);
  const option = await searchAutoComplete(
    page,
    page.getByTestId('member-organization-input'),
    'СОШ №35',
    page.getByTestId('member-organization-option').filter({ hasText: 'Воркут' }).first(),
    'OrganizationDirectory',
  );
  await page.screenshot({ path: 'test-results/e2e-network-member-search.png', fullPage: true });
  // The click is dispatched on the option itself: playwright's pointer click first scrolls the page (now taller than
  // the window with the longer menu), and the AutoComplete closes its list on scroll before the click lands.
  await option.dispatchEvent('click');
  await page.getByTestId('member-organization-option').first().waitFor({ state: 'detached' });
  await pick(page, 'member-role', 'Школа-наставник');
  // Vorkuta is outside the methodist's reach: the school is invited (no level until it accepts).
  await page.getByTestId('member-submit').click();
  await rowCount(page, 'member-row', 2);
  const names = await page.getByTestId('member-name').allInnerTexts();
  assert.ok(names.some((n) => /СОШ №35/.test(n) && /приглашена/.test(n)), names.join('; '));
  await page.screenshot({ path: 'test-results/e2e-network-member-added.png', fullPage: true });

  // An agreement between the two, then its signed scan (a PNG) attached through the file chooser.
  await page.getByTestId('network-tab-agreements').click();
  await page.getByTestId('agreement-create').click();
  await page.getByTestId('field-number').fill('E2E-1/2026');
  await page.getByTestId('field-subject').fill('Сетевое взаимодействие по наставничеству');
  await page.getByTestId('field-partyOrganizationIds').click();
  await page.locator('.p-multiselect-overlay').getByRole('option', { name: /СОШ №35/ }).click();
  await page.getByTestId('field-number').click(); // closes the list, keeps the dialog
  await page.getByTestId('agreement-submit').click();
  await rowCount(page, 'agreement-row', 1);
  const dir = mkdtempSync(join(tmpdir(), 'metodset-e2e-agreement-'));
  const scan = join(dir, 'soglashenie.png');
  writeFileSync(scan, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('agreement-attach').click();
  await (await chooser).setFiles(scan);
  await page.getByTestId('agreement-download').waitFor();
  assert.match(await page.getByTestId('agreement-download').innerText(), /soglashenie\.png/);
  const download = page.waitForEvent('download');
  await page.getByTestId('agreement-download').click();
  assert.equal((await download).suggestedFilename(), 'soglashenie.png');
  await page.screenshot({ path: 'test-results/e2e-network-agreement.png', fullPage: true });

  await page.getByTestId('network-tab-graph').click();
  await shootGraph(page, 'test-results/e2e-network-new-graph.png');
  await context.close();
});
