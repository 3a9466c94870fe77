import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoAxeViolations, assertNoSideScroll, launch, newContext, PASSWORD, PHONE, signIn } from './browser.mjs';
import { FILIPPOV_EMAIL, OIDC_LABEL } from './oidc-harness.mjs';

// Sign-in through the region's identity provider (issue 13) in a real browser: scripts/e2e.mjs starts a real OpenID
// Connect provider (oidc-provider 9; its dev interactions stand for the provider's login page) and, beside the first
// server, an installation of the same app on the same database with PASSWORD_LOGIN=off that links people by e-mail.
const OIDC_BASE = process.env.E2E_OIDC_BASE_URL;
assert.ok(OIDC_BASE, 'E2E_OIDC_BASE_URL: run this file through scripts/e2e.mjs, which starts the provider');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** From the installation's sign-in page through the provider's own pages (login, then consent) as `subject`. */
async function signInThroughProvider(page, subject) {
  await page.goto(`${OIDC_BASE}/login`);
  const button = page.getByTestId('login-provider');
  await button.waitFor();
  await button.click();
  const login = page.locator('input[name="login"]');
  await login.waitFor();
  assert.ok(!page.url().startsWith(OIDC_BASE), `on the provider's page, not the app's: ${page.url()}`);
  const loginUrl = page.url();
  await login.fill(subject);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.href !== loginUrl);
  // The provider asks to share the e-mail (its consent page) unless it already may.
  if (!page.url().startsWith(OIDC_BASE) && (await page.locator('input[name="prompt"][value="consent"]').count())) {
    await page.locator('button[type="submit"]').click();
  }
}

test('with password login off, the sign-in page offers only «Войти через Госуслуги (ЕСИА)», and the login mutation is refused', async () => {
  const context = await newContext(browser, { locale: 'ru-RU', ...PHONE });
  const page = await context.newPage();
  await page.goto(`${OIDC_BASE}/login`);
  const button = page.getByTestId('login-provider');
  await button.waitFor();
  assert.equal((await button.innerText()).trim(), `Войти через ${OIDC_LABEL}`);
  assert.equal(await button.getAttribute('href'), '/api/auth/oidc/start');
  assert.equal(await page.getByTestId('login-login').count(), 0, 'no login field');
  assert.equal(await page.getByTestId('login-password').count(), 0, 'no password field');
  assert.equal(await page.getByTestId('login-submit').count(), 0, 'no password sign-in button');
  await assertNoSideScroll(page, 'the sign-in page without passwords');
  await assertNoAxeViolations(page, 'the sign-in page without passwords');
  // The same demo login the first installation accepts is refused here by the API itself.
  const refused = await apiCall(page, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'teacher.filippov', password: PASSWORD } });
  assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(refused));
  assert.equal(refused.errors[0].message, `Вход по паролю отключён: войдите через ${OIDC_LABEL}`);
  await page.screenshot({ path: 'test-results/e2e-oidc-sign-in-page.png', fullPage: true });
  await context.close();
});

test('a teacher whose e-mail is on his card signs in through the provider and lands on «Моя страница»', async () => {
  // His e-mail recorded on his card by the platform administrator (on the password installation, same database).
  const teacher = await signIn(browser, 'teacher.filippov');
  const me = await apiCall(teacher.page, '{ me { personId displayName } }');
  await teacher.context.close();
  const admin = await signIn(browser, 'admin');
  const saved = await apiCall(admin.page, 'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id email } }', { id: me.data.me.personId, input: { email: FILIPPOV_EMAIL } });
  assert.equal(saved.errors, undefined, JSON.stringify(saved.errors));
  assert.equal(saved.data.updatePerson.email, FILIPPOV_EMAIL);
  await admin.context.close();

  for (const time of ['first (the account is linked by the e-mail)', 'second (found by the provider’s subject)']) {
    const context = await newContext(browser, { locale: 'ru-RU' });
    const page = await context.newPage();
    await signInThroughProvider(page, 'esia-filippov');
    await page.waitForURL((url) => url.href === `${OIDC_BASE}/my`);
    await page.getByTestId('home-my').waitFor();
    assert.equal(await page.getByTestId('user-name').innerText(), me.data.me.displayName, `the ${time} sign-in`);
    const who = await apiCall(page, '{ me { login } }');
    assert.equal(who.data.me.login, 'teacher.filippov', `the ${time} sign-in`);
    if (time.startsWith('first')) await page.screenshot({ path: 'test-results/e2e-oidc-home.png', fullPage: true });
    await context.close();
  }
});

test('a person the registry does not know is refused with a Russian page, and nothing is created', async () => {
  const context = await newContext(browser, { locale: 'ru-RU' });
  const page = await context.newPage();
  const answered = page.waitForResponse((r) => r.url().startsWith(`${OIDC_BASE}/api/auth/oidc/callback`));
  await signInThroughProvider(page, 'esia-stranger');
  const callback = await answered;
  assert.equal(callback.status(), 403);
  await page.locator('h1').filter({ hasText: 'Вход не выполнен' }).waitFor();
  assert.match(await page.locator('main').innerText(), /В системе нет педагога с таким адресом электронной почты\. Обратитесь к методисту или администратору/);
  assert.equal(await page.title(), 'Вход не выполнен — Методсеть');
  assert.equal((await context.cookies()).filter((c) => c.name === 'metodset_session').length, 0, 'no session');
  await assertNoAxeViolations(page, 'the refusal page');
  // Back to the sign-in page from the refusal.
  await page.getByRole('link', { name: 'Вернуться на страницу входа' }).click();
  await page.getByTestId('login-provider').waitFor();
  // Nobody got an account or a link on the way: the administrator's audit shows the refusal, without the e-mail.
  const admin = await signIn(browser, 'admin');
  const refusals = await apiCall(admin.page, '{ auditLog(first: 20, filter: { action: "login-refused" }) { nodes { action after } } }');
  assert.equal(refusals.errors, undefined, JSON.stringify(refusals.errors));
  const oidcRefusals = refusals.data.auditLog.nodes.filter((n) => JSON.stringify(n.after).includes('no-person'));
  assert.ok(oidcRefusals.length >= 1, JSON.stringify(refusals.data));
  assert.ok(!JSON.stringify(refusals.data).includes('nobody.oidc-e2e'), 'the claim is never logged');
  await admin.context.close();
  await context.close();
});
