import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, launch, newContext, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a wrong password is refused with one message', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByTestId('login-login').fill('methodist.podporozhye');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-error').waitFor();
  assert.match(await page.getByTestId('login-error').innerText(), /Неверный логин или пароль/);
  await context.close();
});

test('the Podporozhye methodist sees Podporozhye organisations only', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.goto(`${BASE}/organizations`);
  await page.getByTestId('organization-link').first().waitFor();
  const names = await page.getByTestId('organization-link').allInnerTexts();
  assert.ok(names.length >= 5, `expected Podporozhye schools, got ${names.length}`);
  assert.ok(names.some((n) => /Подпорож/.test(n)));
  assert.ok(!names.some((n) => /Воркут|Тимашев|Ярослав/.test(n)), `foreign organisation listed: ${names.join('; ')}`);
  await page.screenshot({ path: 'test-results/e2e-registry-podporozhye.png', fullPage: true });
  await context.close();
});

test('the regional coordinator sees the whole region', async () => {
  const { context, page } = await signIn(browser, 'coordinator.lo');
  await page.goto(`${BASE}/organizations`);
  await page.getByTestId('organization-link').first().waitFor();
  const total = Number((await page.getByTestId('organization-total').innerText()).replace(/\D+/g, ''));
  assert.ok(total >= 10, `total ${total}`);
  await context.close();
});

test('editing a school with a bad ИНН shows the error on the field', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.goto(`${BASE}/organizations`);
  await page.getByTestId('organization-link').first().click();
  await page.getByTestId('organization-edit').click();
  const inn = page.getByTestId('field-inn');
  await inn.waitFor();
  await inn.fill('4711000010');
  await page.getByTestId('submit').click();
  const error = page.getByTestId('error-inn');
  await error.waitFor();
  assert.match(await error.innerText(), /контрольная цифра ИНН/);
  await page.screenshot({ path: 'test-results/e2e-inn-error.png', fullPage: true });
  await context.close();
});
