import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoAxeViolations, assertNoSideScroll, BASE, launch, openFromMenu, openOverlay, signIn, signInOnPhone } from './browser.mjs';

// Territories kept in the product (issue 13): the Leningrad region's coordinator adds «Кировский муниципальный район»
// with its OKTMO code, renames it, merges a town into it (its school keeps its former municipality on the card),
// archives and restores it; the API's refusals appear under their fields.
const KIROVSKY = 'Кировский муниципальный район';
const KIROVSKY_OKTMO = '41625000';
const TOWN = 'Шлиссельбург';
const SCHOOL = 'Школа для проверки объединения муниципалитетов (тестовые данные)';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Saves the form and waits for the API's answer to `operation` (a field error or the saved row). */
async function save(page, operation) {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(operation));
  await page.getByTestId('submit').click();
  return (await answered).json();
}

async function pickOption(page, testId, name) {
  await openOverlay(page, testId, '.p-select-overlay');
  const filter = page.locator('.p-select-overlay .p-select-filter');
  if (await filter.count()) await filter.fill(name);
  await page.locator('.p-select-overlay').getByRole('option', { name, exact: true }).click();
}

/** The list filtered to `search`, archived rows too; returns the row of `name`. */
async function rowOf(page, search, name) {
  await page.goto(`${BASE}/territories?q=${encodeURIComponent(search)}&archived=ALL`);
  const row = page.getByTestId('municipality-row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await row.waitFor();
  return row;
}

/** The id of the Leningrad region's municipality `name`, created through the API when it is not there yet. */
async function ensureMunicipality(page, { name, kind, oktmo }) {
  const found = await apiCall(page, 'query($f: MunicipalityFilter) { regions { id name } municipalityList(first: 100, filter: $f) { nodes { id name } } }', { f: { search: name, archived: 'ALL' } });
  assert.equal(found.errors, undefined, JSON.stringify(found.errors));
  const existing = found.data.municipalityList.nodes.find((m) => m.name === name);
  if (existing) return existing.id;
  const regionId = found.data.regions.find((r) => r.name === 'Ленинградская область').id;
  const created = await apiCall(page, 'mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }', { input: { regionId, name, kind, oktmo } });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  return created.data.createMunicipality.id;
}

test('a regional coordinator creates «Кировский муниципальный район» with its OKTMO and renames it; refusals show on the fields', async () => {
  const { context, page } = await signIn(browser, 'coordinator.lo');
  await openFromMenu(page, 'municipalities');
  await page.waitForURL(/\/territories$/);
  await page.getByTestId('municipality-row').first().waitFor();
  await assertNoAxeViolations(page, 'the municipality list');
  await page.getByTestId('municipality-create').click();
  await page.getByTestId('municipality-form').waitFor();

  await pickOption(page, 'field-regionId', 'Ленинградская область');
  await page.getByTestId('field-name').fill('Кировский район');
  // Seven digits: refused in the form before anything is sent.
  await page.getByTestId('field-oktmo').fill('4162500');
  await page.getByTestId('submit').click();
  await page.getByTestId('error-oktmo').waitFor();
  assert.equal(await page.getByTestId('error-oktmo').innerText(), 'Код ОКТМО — 8 или 11 цифр');
  await assertNoAxeViolations(page, 'the municipality form with an error');
  await page.getByTestId('field-oktmo').fill(KIROVSKY_OKTMO);
  const created = await save(page, 'CreateMunicipality');
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  await page.waitForURL(/\/territories\/[0-9a-f-]{36}$/);
  const kirovskyId = page.url().split('/').pop();

  // Renamed to a name the region already has: the API refuses, under the name.
  await page.getByTestId('field-name').fill('Подпорожский муниципальный район');
  const taken = await save(page, 'UpdateMunicipality');
  assert.ok(taken.errors?.length, 'refused');
  await page.getByTestId('error-name').waitFor();
  assert.equal(await page.getByTestId('error-name').innerText(), 'Муниципалитет с таким названием в регионе уже есть');
  await page.getByTestId('field-name').fill(KIROVSKY);
  const renamed = await save(page, 'UpdateMunicipality');
  assert.equal(renamed.errors, undefined, JSON.stringify(renamed.errors));
  assert.equal(renamed.data.updateMunicipality.id, kirovskyId);

  const row = await rowOf(page, 'Кировский', KIROVSKY);
  const cells = await row.getByRole('cell').allInnerTexts();
  assert.deepEqual(cells.slice(0, 4).map((c) => c.trim()), [KIROVSKY, 'Муниципальный район', KIROVSKY_OKTMO, 'Действует']);
  await page.screenshot({ path: 'test-results/e2e-territories-created.png', fullPage: true });

  // Its OKTMO code given to another municipality: the API refuses, under the code (nothing is saved).
  await page.goto(`${BASE}/territories/new`);
  await pickOption(page, 'field-regionId', 'Ленинградская область');
  await page.getByTestId('field-name').fill('Кировский район');
  await page.getByTestId('field-oktmo').fill(KIROVSKY_OKTMO);
  const duplicate = await save(page, 'CreateMunicipality');
  assert.ok(duplicate.errors?.length, 'refused');
  await page.getByTestId('error-oktmo').waitFor();
  assert.equal(await page.getByTestId('error-oktmo').innerText(), 'Этот код ОКТМО уже у другого муниципалитета');
  await context.close();
});

test('merging the town into the district moves its school, whose card shows the former municipality; the district is archived and restored', async () => {
  const { context, page } = await signIn(browser, 'coordinator.lo');
  // The district (made by the test above, or here when this test runs alone), a town and its school, through the API.
  await ensureMunicipality(page, { name: KIROVSKY, kind: 'DISTRICT', oktmo: KIROVSKY_OKTMO });
  const townId = await ensureMunicipality(page, { name: TOWN, kind: 'CITY', oktmo: null });
  const school = await apiCall(page, 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', { input: { municipalityId: townId, name: SCHOOL, kind: 'SCHOOL' } });
  assert.equal(school.errors, undefined, JSON.stringify(school.errors));
  const schoolId = school.data.createOrganization.id;

  const townRow = await rowOf(page, TOWN, TOWN);
  await townRow.getByTestId('municipality-merge').click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /у организаций сохранится прежний муниципалитет/);
  await assertNoAxeViolations(page, 'the merge dialog');
  await pickOption(page, 'merge-target', KIROVSKY);
  await page.getByTestId('merge-submit').click();
  await page.locator('.p-toast-message').filter({ hasText: 'Объединено: перенесено организаций — 1' }).waitFor();
  await townRow.getByText(`Объединён с «${KIROVSKY}»`).waitFor();
  assert.equal(await townRow.getByTestId('municipality-merge').count(), 0, 'a merged municipality has no actions');

  await page.goto(`${BASE}/organizations/${schoolId}`);
  await page.getByTestId('organization-name').waitFor();
  assert.match(await page.locator('.page__header').innerText(), new RegExp(`· ${KIROVSKY}`));
  const history = page.getByTestId('organization-municipality-history');
  assert.match(await history.innerText(), new RegExp(`^${TOWN}: \\d{2}\\.\\d{2}\\.\\d{4} — \\d{2}\\.\\d{2}\\.\\d{4} \\(объединён с «${KIROVSKY}»\\)$`));
  await page.screenshot({ path: 'test-results/e2e-territories-history.png', fullPage: true });

  // Archive and restore the district (undo-able).
  const district = await rowOf(page, 'Кировский', KIROVSKY);
  await district.getByTestId('municipality-archive').click();
  await page.locator('.p-toast-message').filter({ hasText: `«${KIROVSKY}» в архиве` }).waitFor();
  await district.getByText('В архиве', { exact: true }).waitFor();
  assert.equal(await district.getByTestId('municipality-merge').count(), 0, 'an archived municipality is not merged');
  await district.getByRole('button', { name: 'Восстановить' }).click();
  await page.locator('.p-toast-message').filter({ hasText: `«${KIROVSKY}» восстановлен` }).waitFor();
  await district.getByText('Действует', { exact: true }).waitFor();
  await context.close();
});

test('the municipality list and its form fit a phone screen', async () => {
  const { context, page } = await signInOnPhone(browser, 'coordinator.lo');
  await openFromMenu(page, 'municipalities');
  await page.getByTestId('municipality-row').first().waitFor();
  await assertNoSideScroll(page, 'the municipality list');
  await page.getByTestId('municipality-create').click();
  await page.getByTestId('field-name').waitFor();
  await assertNoSideScroll(page, 'the municipality form');
  await assertNoAxeViolations(page, 'the municipality form on a phone');
  await context.close();
});
