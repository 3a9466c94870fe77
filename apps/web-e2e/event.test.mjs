import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoSideScroll, launch, openFromMenu, signIn, signInOnPhone } from './browser.mjs';

// The event is written by the school's administrator through the API (an event of Vorkuta school №12 next week);
// the teacher registers for it on a phone and sees the registration on the event page.
const TITLE = `E2E: открытый урок математики ${Date.now()}`;
const inDays = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a teacher registers for an event on a phone and sees it on the event page', async () => {
  const admin = await signIn(browser, 'school12.vorkuta');
  const orgs = await apiCall(admin.page, 'query { organizations(first: 5) { nodes { id name } } }');
  const school = orgs.data.organizations.nodes.find((o) => o.name.includes('12'));
  assert.ok(school, JSON.stringify(orgs));
  const created = await apiCall(admin.page, 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
    input: { title: TITLE, kind: 'OPEN_LESSON', organizationId: school.id, startsOn: inDays(7), capacity: 20, place: 'Кабинет 21' },
  });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  await admin.context.close();

  const { context, page } = await signInOnPhone(browser, 'teacher.filippov');
  await openFromMenu(page, 'events');
  await page.waitForURL(/\/events/);
  await page.getByTestId('filter-search').fill(TITLE);
  // The search reaches the URL after its pause: a click before that would be undone by it.
  await page.waitForURL((url) => url.searchParams.get('q') === TITLE);
  const link = page.getByTestId('event-link').filter({ hasText: TITLE });
  await link.waitFor();
  await assertNoSideScroll(page, 'event list');
  await link.click();
  await page.getByTestId('event-title').waitFor();
  assert.equal(await page.getByTestId('event-title').innerText(), TITLE);
  assert.equal(await page.getByTestId('event-place').innerText(), 'Кабинет 21');
  await page.getByTestId('event-register').click();
  await page.getByTestId('event-you-registered').waitFor();
  assert.match(await page.getByTestId('event-registered-count').innerText(), /1 \/ 20/);
  await assertNoSideScroll(page, 'event page');
  await page.screenshot({ path: 'test-results/e2e-event-registered.png', fullPage: true });

  // A reload shows the same: the registration is stored, not only shown.
  await page.reload();
  await page.getByTestId('event-you-registered').waitFor();
  assert.equal(await page.getByTestId('event-register').count(), 0);
  await context.close();
});
