import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoAxeViolations, assertNoSideScroll, launch, signIn, signInOnPhone } from './browser.mjs';

const DEMO_CAMPAIGN = 'Диагностика профессиональных дефицитов молодых педагогов МОУ «СОШ №12»';

// Each role lands on its own page after signing in (issue 11): a teacher and a mentor on «Моя страница», a school's
// administration on its school page, a methodist on the territory dashboard. Demo data: teacher.filippov has an open
// self-assessment of his school's campaign; mentor.zhdanova mentors him (meetings planned in the 2026/2027 year).
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * Opens a self-assessment of teacher.filippov's school through the API as the Vorkuta methodist, on the instrument of
 * the demo campaign: the diagnostics browser test submits the demo one, so this test brings its own. Returns its name.
 */
async function openDiagnosticForFilippov() {
  const { context, page } = await signIn(browser, 'methodist.vorkuta');
  const name = `Самодиагностика к «Моей странице» ${Date.now()}`;
  const demo = await apiCall(page, 'query($search: String) { diagnosticCampaigns(first: 100, filter: { search: $search }) { nodes { name instrumentId organizationIds maxExperienceYears } } }', {
    search: 'молодых педагогов МОУ «СОШ №12»',
  });
  assert.equal(demo.errors, undefined, JSON.stringify(demo.errors));
  const source = demo.data.diagnosticCampaigns.nodes.find((c) => c.name.startsWith(DEMO_CAMPAIGN));
  assert.ok(source, 'the demo campaign of СОШ №12');
  const today = new Date().toISOString().slice(0, 10);
  const created = await apiCall(page, 'mutation($input: CreateCampaignInput!) { createDiagnosticCampaign(input: $input) { id } }', {
    input: { name, mode: 'SELF', scopeKind: 'ORGANIZATIONS', organizationIds: source.organizationIds, instrumentId: source.instrumentId, maxExperienceYears: source.maxExperienceYears, opensOn: today, closesOn: '2027-06-30' },
  });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  const opened = await apiCall(page, 'mutation($id: ID!) { openDiagnosticCampaign(id: $id) { status } }', { id: created.data.createDiagnosticCampaign.id });
  assert.equal(opened.errors, undefined, JSON.stringify(opened.errors));
  await context.close();
  return name;
}

test('a teacher lands on «Моя страница» with his open diagnostic, which leads to the questionnaire', async () => {
  const name = await openDiagnosticForFilippov();
  const { context, page } = await signIn(browser, 'teacher.filippov');
  await page.waitForURL(/\/my$/);
  await page.getByTestId('home-my').waitFor();
  const diagnostic = page.getByTestId('home-diagnostic').filter({ hasText: name });
  await diagnostic.waitFor();
  for (const block of ['home-diagnostics', 'home-routeSteps', 'home-meetings', 'home-events', 'home-internshipSessions', 'home-surveys']) {
    await page.getByTestId(block).waitFor();
    assert.equal(await page.getByTestId(block).getByTestId('home-block-error').count(), 0, `${block} loaded`);
  }
  await assertNoAxeViolations(page, '«Моя страница» of a teacher');
  await diagnostic.locator('a').click();
  await page.waitForURL(/\/diagnostics\/fill\/[0-9a-f-]{36}\/self$/);
  await context.close();
});

test('a mentor lands on «Моя страница» with the meetings of her pairs', async () => {
  const { context, page } = await signIn(browser, 'mentor.zhdanova');
  await page.waitForURL(/\/my$/);
  const meetings = page.getByTestId('home-meetings');
  await meetings.waitFor();
  await meetings.locator('[data-testid="home-meeting"], [data-testid="home-block-empty"]').first().waitFor();
  assert.equal(await meetings.getByTestId('home-block-error').count(), 0);
  for (const text of await meetings.getByTestId('home-meeting').allInnerTexts()) assert.match(text, /с наставляемыми: Филиппов Максим Игоревич/);
  await context.close();
});

test('a school admin lands on the page of her school', async () => {
  const { context, page } = await signIn(browser, 'school12.vorkuta');
  await page.waitForURL(/\/school\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: 'МОУ «СОШ №12» г. Воркуты' }).waitFor();
  for (const block of ['home-approvals', 'home-deficits', 'home-events']) {
    await page.getByTestId(block).locator('ul, [data-testid="home-block-empty"]').first().waitFor();
    assert.equal(await page.getByTestId(block).getByTestId('home-block-error').count(), 0, `${block} loaded`);
  }
  await assertNoAxeViolations(page, 'the school page');
  await context.close();
});

test('a methodist lands on the territory dashboard; «Главная» in the menu leads back to it', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.waitForURL(/\/dashboard$/);
  await page.locator('main h1').first().waitFor();
  await page.goto(page.url().replace(/\/dashboard$/, '/people'));
  await page.getByTestId('menu-home').click();
  await page.waitForURL(/\/dashboard$/);
  await context.close();
});

test('«Моя страница» fits a phone screen', async () => {
  const { context, page } = await signInOnPhone(browser, 'teacher.filippov');
  await page.waitForURL(/\/my$/);
  await page.getByTestId('home-diagnostic').first().waitFor();
  await page.getByTestId('home-meetings').locator('[data-testid="home-meeting"], [data-testid="home-block-empty"]').first().waitFor();
  await assertNoSideScroll(page, '«Моя страница» on a phone');
  await assertNoAxeViolations(page, '«Моя страница» on a phone');
  await context.close();
});
