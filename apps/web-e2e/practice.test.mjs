import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoSideScroll, axeViolations, launch, openFromMenu, signInOnPhone } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/practices/practices.data.ts — the Yaroslavl МИП's practice card (seed 001),
// published in the МИП network; the Yaroslavl methodist (methodist.yaroslavl) reviews the city's cards.
const MIP_CARD = 'Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города';
const TITLE = `E2E: флэш-наставничество молодых педагогов ${Date.now()}`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a methodist searches «наставник» on a phone, opens the МИП card, sends a draft to review and publishes it', async () => {
  const { context, page } = await signInOnPhone(browser, 'methodist.yaroslavl');
  // A draft of a school of the city in the МИП network, written through the API as its author would.
  const ids = await apiCall(page, `{ networks(first: 100) { nodes { id name } } organizations(first: 100, filter: { search: "Средняя школа №26" }) { nodes { id name } } }`);
  const network = ids.data.networks.nodes.find((n) => n.name.includes('Наставничество: ресурсы взаимного развития'));
  const school = ids.data.organizations.nodes[0];
  assert.ok(network && school, JSON.stringify(ids));
  const created = await apiCall(page, 'mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }', {
    input: { organizationId: school.id, networkId: network.id, title: TITLE, problem: 'Молодым педагогам не хватает поддержки наставника', solutions: 'Флэш-встречи', mechanisms: 'Пары', result: 'Педагоги остаются в школе' },
  });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));

  await openFromMenu(page, 'practices');
  await page.waitForURL(/\/practices/);
  await page.getByTestId('filter-search').fill('наставник');
  await page.waitForURL(/q=/);
  const mip = page.getByTestId('practice-link').filter({ hasText: MIP_CARD });
  await mip.waitFor();
  // Word forms: «наставник» finds «наставничество», the match is marked in the snippet.
  await page.getByTestId('practice-snippet').locator('mark').first().waitFor();
  await assertNoSideScroll(page, 'practice list');
  assert.deepEqual(await axeViolations(page), []);
  await mip.click();
  await page.getByTestId('practice-title').waitFor();
  assert.equal(await page.getByTestId('practice-title').innerText(), MIP_CARD);
  assert.match(await page.getByTestId('practice-section-solutions').innerText(), /Внедрение инструмента эффективного наставничества/);
  await assertNoSideScroll(page, 'practice card');
  assert.deepEqual(await axeViolations(page), []);

  // The draft: found by its words, sent to review, published.
  await page.goBack();
  await page.getByTestId('filter-search').fill('флэш-наставничество молодых');
  const draft = page.getByTestId('practice-link').filter({ hasText: TITLE });
  await draft.waitFor();
  await draft.click();
  await page.getByTestId('practice-state').waitFor();
  assert.equal(await page.getByTestId('practice-state').getAttribute('data-state'), 'DRAFT');
  await page.getByTestId('practice-submit').click();
  await page.locator('[data-testid="practice-state"][data-state="ON_REVIEW"]').waitFor();
  await page.getByTestId('practice-publish').click();
  await page.locator('[data-testid="practice-state"][data-state="PUBLISHED"]').waitFor();
  await assertNoSideScroll(page, 'published card');
  await context.close();
});
