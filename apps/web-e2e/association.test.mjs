import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/associations/podporozhye.data.ts — the district subject associations (РМО) of the
// Подпорожский район with their members and minutes; the municipal methodist of the district runs them.
const AGENDA = `E2E: подготовка к муниципальному этапу олимпиады ${Date.now()}`;
const DECISIONS = 'Провести пробный тур в школах района до 15 декабря.';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

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

test('the Podporozhye methodist records a meeting of an РМО with who attended', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.getByTestId('menu-associations').click();
  await page.waitForURL(/\/associations$/);
  await page.getByTestId('association-link').first().waitFor();
  await page.screenshot({ path: 'test-results/e2e-association-list.png', fullPage: true });

  const rmo = page.getByTestId('association-row').filter({ hasText: 'Районное методическое объединение (РМО)' }).first();
  const name = await rmo.getByTestId('association-link').innerText();
  assert.match(name, /^РМО/);
  await rmo.getByTestId('association-link').click();
  await page.getByTestId('association-name').waitFor();
  assert.equal(await page.getByTestId('association-name').innerText(), name);
  assert.equal(await page.getByTestId('association-kind').innerText(), 'Районное методическое объединение (РМО)');
  await page.getByTestId('association-member-row').first().waitFor();
  const members = await page.getByTestId('association-member-name').allInnerTexts();
  assert.ok(members.length >= 2, members.join('; '));
  await page.screenshot({ path: 'test-results/e2e-association-members.png', fullPage: true });

  await page.getByTestId('association-tab-meetings').click();
  await page.getByTestId('meeting-table').waitFor();
  const before = await page.getByTestId('meeting-row').count();
  await page.getByTestId('meeting-create').click();
  await page.getByTestId('meeting-form').waitFor();
  await page.getByTestId('field-agenda').fill(AGENDA);
  await page.getByTestId('field-decisions').fill(DECISIONS);
  await page.getByTestId('field-format').getByText('Онлайн').click();
  // Everyone is marked present at first: the last member did not come.
  await page.getByTestId('field-attendeeIds').click();
  const absent = members[members.length - 1];
  const option = (selected) => page.locator(`.p-multiselect-overlay [role="option"][aria-selected="${selected}"]`).filter({ hasText: absent });
  // Marked present first (the form fills everyone in once the members have loaded), then unmarked.
  await option(true).waitFor();
  // Found through the list's filter first, as the other tests pick from a list: the person is then the list's first
  // row. Clicked as the last row of the list, the row had to be scrolled into view, which also scrolled the page
  // behind the modal dialog; PrimeVue re-aligns the list with its field on the pointer's move, so on a busy machine the
  // press could land on the row above and the person stayed marked (a flaky failure, seen 2 times in 3 under load).
  await page.locator('.p-multiselect-overlay .p-multiselect-filter').fill(absent);
  await option(true).click();
  await option(false).waitFor();
  await page.getByTestId('field-agenda').click(); // closes the list, keeps the dialog
  await page.locator('.p-multiselect-overlay').waitFor({ state: 'detached' });
  await page.screenshot({ path: 'test-results/e2e-association-meeting-form.png', fullPage: true });
  await page.getByTestId('meeting-submit').click();

  await rowCount(page, 'meeting-row', before + 1);
  // Newest first: today's meeting heads the minutes.
  const row = page.getByTestId('meeting-row').first();
  assert.equal(await row.getByTestId('meeting-agenda').innerText(), AGENDA);
  assert.equal(await row.getByTestId('meeting-decisions').innerText(), DECISIONS);
  assert.equal(await row.getByTestId('meeting-format').innerText(), 'Онлайн');
  const attendees = await row.getByTestId('meeting-attendees').innerText();
  for (const person of members.slice(0, -1)) assert.ok(attendees.includes(person), `${person} in ${attendees}`);
  assert.ok(!attendees.includes(absent), `${absent} not in ${attendees}`);
  assert.match(await row.getByTestId('meeting-attendee-count').innerText(), new RegExp(`^${members.length - 1} человек`));
  await page.locator('.p-toast-message').first().waitFor();
  await page.screenshot({ path: 'test-results/e2e-association-meeting-added.png', fullPage: true });
  await context.close();
});
