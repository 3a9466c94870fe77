import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, axeViolations, BASE, launch, openFromMenu, openOverlay, PHONE, signIn } from './browser.mjs';

const NAME = 'Электронная школа Подпорожья (проверка)';
const ME = '{ me { displayName permissions } }';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A request as the regional system makes it: the secret as a bearer token, no cookie of the admin's session. */
function asClient(page, secret, query = ME) {
  return page.evaluate(
    async ([url, token, q]) => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: q }),
      });
      return { status: r.status, challenge: r.headers.get('www-authenticate'), body: await r.json() };
    },
    [BASE, secret, query],
  );
}

/** Reads the secret the dialog shows this once, and closes it. */
async function takeSecret(page) {
  await page.getByTestId('api-client-secret-dialog').waitFor();
  const secret = await page.getByTestId('api-client-secret').inputValue();
  assert.match(secret, /^mdsk_/);
  await page.getByTestId('api-client-secret-done').click();
  await page.getByTestId('api-client-secret-dialog').waitFor({ state: 'detached' });
  return secret;
}

test('an admin creates an API client, sees its secret once, the system uses it, then rotation and revocation stop the old ones (HTTP 401)', async () => {
  const { context, page } = await signIn(browser, 'coordinator.lo');
  await openFromMenu(page, 'api-clients');
  await page.waitForURL(/\/api-clients$/);
  await page.getByTestId('api-client-create').click();
  await page.waitForURL(/\/api-clients\/new$/);

  await page.getByTestId('field-name').fill(NAME);
  await openOverlay(page, 'field-scopeId', '.p-select-overlay');
  await page.locator('.p-select-overlay').getByRole('option', { name: 'Подпорожский муниципальный район', exact: true }).click();
  // The form is judged once the list has closed (it leaves the page after its closing transition).
  await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
  await page.getByTestId('permission-REGISTRY').getByText('Чтение', { exact: true }).click();
  await page.getByTestId('permission-SYNC').getByText('Чтение и запись', { exact: true }).click();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByTestId('submit').click();

  await page.waitForURL(/\/api-clients\/[0-9a-f-]{36}$/);
  const first = await takeSecret(page);
  const card = page.url();
  const me = await asClient(page, first);
  assert.equal(me.status, 200);
  assert.equal(me.body.data.me.displayName, `API-клиент «${NAME}»`);
  assert.ok(me.body.data.me.permissions.includes('REGISTRY_READ'));
  assert.ok(!me.body.data.me.permissions.includes('REGISTRY_WRITE'));
  const orgs = await asClient(page, first, '{ organizations(first: 5) { totalCount nodes { municipality { name } } } }');
  assert.ok(orgs.body.data.organizations.totalCount > 0);
  assert.ok(orgs.body.data.organizations.nodes.every((o) => o.municipality.name === 'Подпорожский муниципальный район'));

  // Shown once: the card opened again has no secret to show, only its public prefix.
  await page.reload();
  await page.getByTestId('api-client-secret-row').first().waitFor();
  assert.equal(await page.getByTestId('api-client-secret-dialog').count(), 0);
  assert.ok(!(await page.content()).includes(first));
  assert.equal(await page.getByTestId('api-client-secret-row').first().locator('code').innerText(), `${first.split('_').slice(0, 2).join('_')}_…`);
  assert.deepEqual(await axeViolations(page), []);

  // Rotation without overlap: the new secret works, the first answers 401 at once.
  await page.getByTestId('api-client-rotate').click();
  await page.getByTestId('field-overlapHours').locator('input').fill('0');
  await page.getByTestId('api-client-rotate-submit').click();
  const second = await takeSecret(page);
  assert.notEqual(second, first);
  const old = await asClient(page, first);
  assert.equal(old.status, 401);
  assert.equal(old.challenge, 'Bearer');
  assert.equal(old.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.equal((await asClient(page, second)).status, 200);

  // The client's webhooks: subscribed from the card, switched off and on; the delivery log is empty so far.
  await page.getByTestId('webhook-add').click();
  await page.getByTestId('field-webhook-url').fill('https://eschool.example.ru/hooks/metodset');
  await page.getByTestId('field-webhook-secret').fill('короткий');
  await page.getByTestId('webhook-event-ROUTE_APPROVED').click();
  await page.getByTestId('webhook-submit').click();
  // The API refuses a short signing secret under its field; fixing it subscribes the client.
  await page.getByTestId('api-client-webhook-dialog').getByText('Секрет — от 16 до 200 символов').waitFor();
  await page.getByTestId('field-webhook-secret').fill('секрет-подписи-электронной-школы');
  await page.getByTestId('webhook-submit').click();
  await page.getByTestId('api-client-webhook-dialog').waitFor({ state: 'detached' });
  const row = page.getByTestId('webhook-row').filter({ hasText: 'https://eschool.example.ru/hooks/metodset' });
  await row.getByTestId('webhook-state').filter({ hasText: 'Включена' }).waitFor();
  await page.getByTestId('api-client-deliveries-empty').waitFor();
  const own = await asClient(page, second, '{ webhookSubscriptions { url active } }');
  assert.deepEqual(own.body.data.webhookSubscriptions, [{ url: 'https://eschool.example.ru/hooks/metodset', active: true }]);
  await row.getByTestId('webhook-pause').click();
  await row.getByTestId('webhook-state').filter({ hasText: 'Отключена' }).waitFor();
  await row.getByTestId('webhook-resume').click();
  await row.getByTestId('webhook-state').filter({ hasText: 'Включена' }).waitFor();

  // The parity report, as the client would get it: a code its system holds that Metodset has not linked yet.
  await page.getByTestId('parity-codes').fill('ES-404\nES-405');
  await page.getByTestId('parity-run').click();
  await page.getByTestId('parity-only-client').filter({ hasText: 'ES-404, ES-405' }).waitFor();
  assert.equal(await page.getByTestId('parity-matched').innerText(), 'Совпало кодов: 0');
  assert.match(await page.getByTestId('parity-only-metodset').innerText(), /Только в Методсети .*: [1-9]\d*$/);
  assert.match(page.url(), /\/api-clients\/[0-9a-f-]{36}$/);

  // Revocation: every secret stops at once.
  await page.getByTestId('api-client-revoke').click();
  await page.locator('.p-confirmdialog').getByRole('button', { name: 'Отозвать', exact: true }).click();
  await page.getByTestId('api-client-revoke').waitFor({ state: 'detached' });
  const revoked = await asClient(page, second);
  assert.equal(revoked.status, 401);
  assert.equal(revoked.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  await context.close();

  // On a phone, the platform admin: the card with its secrets, webhooks and log fits the screen (tables scroll inside)
  // and passes axe.
  const phone = await signIn(browser, 'admin', PHONE);
  await phone.page.goto(card);
  await phone.page.getByTestId('webhook-row').first().waitFor();
  await phone.page.getByTestId('api-client-secret-row').nth(1).waitFor();
  await assertNoSideScroll(phone.page, 'API client card');
  assert.deepEqual(await axeViolations(phone.page), []);
  await phone.page.screenshot({ path: 'test-results/e2e-api-client-phone.png', fullPage: false });
  await openFromMenu(phone.page, 'api-clients');
  await phone.page.getByTestId('api-client-link').filter({ hasText: NAME }).waitFor();
  await assertNoSideScroll(phone.page, 'API client list');
  assert.deepEqual(await axeViolations(phone.page), []);

  // The demo client (illustrative, on seed 000's fictional district) shows a delivery log: delivered, retrying, given up.
  await phone.page.getByTestId('api-client-link').filter({ hasText: 'Региональная электронная школа (иллюстративная)' }).click();
  await phone.page.getByTestId('delivery-row').nth(2).waitFor();
  const retrying = phone.page.locator('[data-testid="delivery-row"][data-state="PENDING"]');
  assert.equal(await retrying.getByTestId('delivery-status').innerText(), '503');
  assert.match(await retrying.getByTestId('delivery-next').innerText(), /^не раньше \d\d\.\d\d\.\d{4}/);
  assert.equal(await phone.page.locator('[data-testid="delivery-row"][data-state="FAILED"]').getByTestId('delivery-attempts').innerText(), '8');
  await assertNoSideScroll(phone.page, 'demo API client card');
  assert.deepEqual(await axeViolations(phone.page), []);
  await phone.context.close();
});
