import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { BASE, exportTable, launch, openOverlay, signIn } from './browser.mjs';

// Demo data: teacher.filippov is Филиппов М.И., a young teacher of Vorkuta СОШ №12; school12.vorkuta administers
// that school (ORGANIZATION_ADMIN: ROUTE_APPROVE over it). Diagnostic results may be absent: the builder then
// takes competences picked by hand from a framework. Routes are written by the test itself.
const STAMP = Date.now();
const OWN = `E2E: мой ИОМ ${STAMP}`;
const BUILT = `E2E: ИОМ от администрации ${STAMP}`;
const LESSON = 'Открытый урок по теме «Проценты»';
let ownUrl = '';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const open = openOverlay;

/** Picks an option of a PrimeVue Select. */
async function pick(page, testId, option) {
  await open(page, testId, '.p-select-overlay');
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

/** Picks exactly the first `count` options of a MultiSelect (what was preselected, e.g. the person's deficits, is cleared). */
async function pickMany(page, testId, count) {
  await open(page, testId, '.p-multiselect-overlay');
  const options = page.locator('.p-multiselect-overlay').getByRole('option');
  await options.first().waitFor();
  const selected = page.locator('.p-multiselect-overlay').getByRole('option', { selected: true });
  while (await selected.count()) await selected.first().click();
  for (let i = 0; i < count; i++) await options.nth(i).click();
  await page.keyboard.press('Escape');
}

async function statusIs(page, text) {
  await page.getByTestId('route-page').getByTestId('route-status').getByText(text, { exact: true }).waitFor();
}

/** Builds a route in the open builder: competences by hand, the proposed steps taken, created. */
async function build(page, title) {
  await page.getByTestId('route-builder').waitFor();
  // The person's deficits (if any) load and preselect their competences first.
  await page.getByTestId('route-no-deficits').or(page.getByTestId('route-deficit').first()).waitFor();
  await pickMany(page, 'field-competenceIds', 2);
  await page.getByTestId('route-propose').click();
  await page.getByTestId('route-proposal').first().waitFor();
  assert.ok((await page.getByTestId('route-proposal').count()) >= 1);
  await page.getByTestId('field-title').fill(title);
  await page.getByTestId('field-goal').fill('Освоить постановку педагогической задачи и приёмы мотивации.');
  await page.screenshot({ path: 'test-results/e2e-route-builder.png', fullPage: true });
  await page.getByTestId('submit').click();
  await page.waitForURL(/\/routes\/[0-9a-f-]{36}$/);
  await page.getByTestId('route-title').getByText(title).waitFor();
}

test('teacher Филиппов builds his own route from hand-picked competences, adds a step and submits it', async () => {
  const { context, page } = await signIn(browser, 'teacher.filippov');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-my-routes').click();
  await page.waitForURL(/\/my\/routes$/);
  await page.getByTestId('my-route-create').click();
  await build(page, OWN);
  await statusIs(page, 'Черновик');
  // The competences and the steps are drawn once the route's head is painted, with their own code (RouteBody.vue):
  // wait for them before counting (each list is drawn whole in one render).
  await page.getByTestId('route-competence').first().waitFor();
  assert.equal(await page.getByTestId('route-competence').count(), 2);
  await page.getByTestId('route-step-row').first().waitFor();
  const proposed = await page.getByTestId('route-step-row').count();
  assert.ok(proposed >= 1);

  // A step of his own through the dialog.
  await page.getByTestId('route-step-add').click();
  await page.getByTestId('route-step-dialog').waitFor();
  await pick(page, 'step-kind', 'Открытый урок');
  await page.getByTestId('step-title').fill(LESSON);
  await page.getByTestId('step-save').click();
  await page.getByTestId('route-step-title').getByText(LESSON).waitFor();
  assert.equal(await page.getByTestId('route-step-row').count(), proposed + 1);

  await page.getByTestId('route-action-submit').click();
  await statusIs(page, 'На согласовании');
  assert.equal(await page.getByTestId('route-action-approve').count(), 0, 'the owner may not approve his own route');
  assert.equal(await page.getByTestId('route-step-add').count(), 0);
  await page.getByTestId('journal-entry').filter({ hasText: 'Черновик → На согласовании' }).waitFor();
  ownUrl = page.url();
  await page.screenshot({ path: 'test-results/e2e-route-submitted.png', fullPage: true });
  await context.close();
});

test('the СОШ №12 administrator approves the teacher’s route and returns the one he built with comments', async () => {
  assert.ok(ownUrl, 'the first test submitted a route');
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-routes').click();
  await page.waitForURL(/\/routes$/);
  await page.getByTestId('filter-search').fill(String(STAMP));
  // Only the teacher's route carries the stamp: wait for the filtered list before opening it.
  await page.waitForURL(/[?&]q=/);
  await rowCount(page, 'route-row', 1);
  await page.getByTestId('route-link').filter({ hasText: OWN }).waitFor();
  await page.screenshot({ path: 'test-results/e2e-route-list.png', fullPage: true });
  await page.getByTestId('route-link').filter({ hasText: OWN }).click();
  await page.waitForURL(/\/routes\/[0-9a-f-]{36}$/);
  await statusIs(page, 'На согласовании');
  await page.getByTestId('route-action-approve').click();
  await statusIs(page, 'Утверждён');
  await page.getByTestId('journal-entry').filter({ hasText: 'На согласовании → Утверждён' }).waitFor();
  await page.screenshot({ path: 'test-results/e2e-route-approved.png', fullPage: true });

  // A route built by the administration for the teacher: proposed steps, submitted, returned with comments.
  await page.getByTestId('menu-routes').click();
  await page.waitForURL(/\/routes(\?.*)?$/);
  await page.getByTestId('route-create').click();
  await page.waitForURL(/\/routes\/new$/);
  await page.getByTestId('route-builder').waitFor();
  await open(page, 'field-personId', '.p-select-overlay');
  await page.locator('.p-select-overlay input').fill('Филиппов');
  await page.locator('.p-select-overlay').getByRole('option', { name: /Филиппов Максим/ }).first().click();
  await page.getByTestId('route-deficits').waitFor();
  await build(page, BUILT);
  assert.match(await page.getByTestId('route-owner').innerText(), /Филиппов Максим Игоревич/);
  await page.getByTestId('route-action-submit').click();
  await statusIs(page, 'На согласовании');
  await page.getByTestId('route-action-return').click();
  await page.getByTestId('return-submit').click();
  await page.getByTestId('error-comment').waitFor(); // a comment is required
  await page.getByTestId('return-comment').fill('Добавьте открытый урок и сроки шагов');
  await page.getByTestId('return-submit').click();
  await statusIs(page, 'Возвращён на доработку');
  assert.match(await page.getByTestId('route-return-comment').innerText(), /Добавьте открытый урок и сроки шагов/);
  await page.screenshot({ path: 'test-results/e2e-route-returned.png', fullPage: true });
  await context.close();
});

test('the teacher starts the approved route, marks a step done with evidence and reflection, and sees the progress', async () => {
  const { context, page } = await signIn(browser, 'teacher.filippov');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(ownUrl);
  await statusIs(page, 'Утверждён');
  await page.getByTestId('route-action-start').click();
  await statusIs(page, 'Выполняется');
  // The steps are drawn once the route's head is painted, with their own code: wait for them before counting.
  await page.getByTestId('route-step-row').first().waitFor();
  const steps = await page.getByTestId('route-step-row').count();
  const row = page.getByTestId('route-step-table').locator('tr').filter({ hasText: LESSON });
  await row.getByTestId('route-step-mark').click();
  await page.getByTestId('route-step-mark-dialog').waitFor();
  await page.getByTestId('mark-url').fill('https://example.org/open-lesson');
  await page.getByTestId('mark-save-evidence').click();
  await row.getByTestId('route-step-evidence').waitFor();
  await row.getByTestId('route-step-mark').click();
  await page.getByTestId('mark-reflection').fill('Ученики сами сформулировали задачу урока.');
  await page.getByTestId('mark-save-reflection').click();
  await row.getByText('Ученики сами сформулировали задачу урока.').waitFor();
  await row.getByTestId('route-step-mark').click();
  await pick(page, 'mark-status', 'Выполнен');
  await page.getByTestId('mark-save-status').click();
  await row.getByTestId('route-step-status').getByText('Выполнен').waitFor();
  const expected = `${Math.round(100 / steps)} %`;
  await page.getByTestId('route-page').getByTestId('route-progress').getByText(expected).waitFor();
  await page.getByTestId('route-share').click();
  await page.getByTestId('route-effectiveness').waitFor();
  await page.screenshot({ path: 'test-results/e2e-route-in-progress.png', fullPage: true });

  // «Диалог в сети»: the done step with its evidence and reflection.
  await page.getByTestId('menu-route-dialog').click();
  await page.getByTestId('route-dialog-table').waitFor();
  await page.getByTestId('route-dialog-mine').click();
  await page.getByTestId('route-achievements').waitFor();
  const mine = page.getByTestId('achievements-route').filter({ hasText: OWN });
  await mine.getByTestId('achievements-step').filter({ hasText: LESSON }).waitFor();
  await page.screenshot({ path: 'test-results/e2e-route-achievements.png', fullPage: true });
  await context.close();
});

test('the СОШ №12 administrator opens Филиппов’s card: it leads to his route and shows no registry code', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1100 });
  const found = await page.request.post(`${BASE}/graphql`, { data: { query: 'query { people(first: 5, filter: { search: "Филиппов Максим" }) { nodes { id fullName } } }' } });
  const id = (await found.json()).data.people.nodes.find((p) => p.fullName.startsWith('Филиппов Максим'))?.id;
  assert.ok(id, 'Филиппов is in the school’s registry');
  await page.goto(`${BASE}/people/${id}`);
  await page.getByTestId('person-name').waitFor();
  const link = page.getByTestId('person-links-routes').getByTestId('person-route-link').filter({ hasText: OWN });
  await link.waitFor();
  await page.getByTestId('person-links-mentorships').waitFor();
  await page.screenshot({ path: 'test-results/e2e-person-card-links.png', fullPage: true });
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /demo:|Код в реестре/);
  await link.click();
  await page.waitForURL(/\/routes\/[0-9a-f-]{36}$/);
  await page.getByTestId('route-title').getByText(OWN).waitFor();
  await context.close();
});

test('a mentor of СОШ №35 (same network) finds Филиппов in «Диалог в сети» and opens his shared route', async () => {
  const { context, page } = await signIn(browser, 'mentor.zhdanova');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-route-dialog').click();
  await page.getByTestId('route-dialog-table').waitFor();
  await page.getByTestId('filter-search').fill('Филиппов');
  // The search reaches the URL after a pause; wait for it (and the narrowed list) before following a link.
  await page.waitForURL((url) => url.searchParams.get('q') === 'Филиппов');
  const row = page.getByTestId('route-dialog-row').filter({ hasText: 'Филиппов Максим' });
  await row.waitFor();
  await page.getByTestId('route-dialog-row').nth(1).waitFor({ state: 'detached' });
  await page.screenshot({ path: 'test-results/e2e-route-dialog.png', fullPage: true });
  // Sorted by a column, the order joins the search in the URL; the export holds the same rows.
  await page.getByTestId('route-dialog-col-steps').click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'completed_steps' && url.searchParams.get('q') === 'Филиппов');
  const download = page.waitForEvent('download');
  await page.getByTestId('route-dialog-export').click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await readFile(await (await download).path()));
  const sheet = book.worksheets[0];
  const table = exportTable(sheet);
  assert.deepEqual(table.header, ['Педагог', 'Место работы', 'Маршрутов в сети', 'Выполнено шагов', 'Обновлено']);
  assert.equal(table.rows.length, 1);
  assert.match(String(table.rows[0].getCell(1).value), /^Филиппов Максим/);
  await row.getByTestId('route-dialog-person').click();
  await page.getByTestId('route-achievements').waitFor();
  assert.match(await page.getByTestId('achievements-person').innerText(), /Филиппов Максим/);
  await page.getByTestId('achievements-route').filter({ hasText: OWN }).getByTestId('achievements-step').filter({ hasText: LESSON }).waitFor();
  await context.close();
});

test('the СОШ №12 administrator builds a group route for the school’s methodical association', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-routes').click();
  await page.getByTestId('route-create').click();
  await page.getByTestId('route-builder').waitFor();
  await page.getByTestId('field-target').getByText('Групповой', { exact: true }).click();
  await pick(page, 'field-associationId', 'ШМО учителей естественно-математического цикла');
  await pickMany(page, 'field-competenceIds', 1);
  await page.getByTestId('route-propose').click();
  await page.getByTestId('route-proposal').first().waitFor();
  const title = `E2E: групповой ИОМ ${STAMP}`;
  await page.getByTestId('field-title').fill(title);
  await page.getByTestId('submit').click();
  await page.waitForURL(/\/routes\/[0-9a-f-]{36}$/);
  await page.getByTestId('route-title').getByText(title).waitFor();
  assert.match(await page.getByTestId('route-group').innerText(), /ШМО учителей естественно-математического цикла/);
  assert.equal(await page.getByTestId('route-owner').count(), 0);
  // The steps are drawn once the route's head is painted, with their own code: wait for them before counting.
  await page.getByTestId('route-step-row').first().waitFor();
  assert.ok((await page.getByTestId('route-step-row').count()) >= 1);
  await page.screenshot({ path: 'test-results/e2e-route-group.png', fullPage: true });
  await context.close();
});
