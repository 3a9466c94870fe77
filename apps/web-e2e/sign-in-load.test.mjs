/* global document, Image -- inside page.evaluate, run in the browser */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SIGN_IN_JS_BUDGET_GZIP, signInScripts } from '../../scripts/bench-web.mjs';
import { BASE, launch, newContext, openFromMenu, signIn } from './browser.mjs';

// Issue 12, the web: what the sign-in page costs (a size budget, not a time), how its files are sent and cached,
// and that the lazily loaded layout still comes up after signing in.
const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const IMMUTABLE = 'public, max-age=31536000, immutable';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the sign-in page stays within its JavaScript budget, without the other pages’ GraphQL documents', async () => {
  const sizes = signInScripts(dist);
  assert.ok(sizes.loginChunk, 'the /login route has a chunk of its own');
  assert.ok(
    sizes.gzip <= SIGN_IN_JS_BUDGET_GZIP,
    `the sign-in page loads ${(sizes.gzip / 1024).toFixed(1)} KB of JavaScript (gzip), over its budget of ${SIGN_IN_JS_BUDGET_GZIP / 1024} KB:\n${sizes.files.map((f) => `  ${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join('\n')}`,
  );
  for (const f of sizes.files) {
    if (f.raw >= 1024) assert.ok(f.precompressed, `${f.file}: no .br/.gz written at build`);
  }
});

test('the sign-in page loads neither PrimeVue nor urql (they come with the app’s shell, after the sign-in)', () => {
  const assets = join(dist, 'assets');
  const read = (f) => readFileSync(join(assets, f), 'utf8');
  const signIn = signInScripts(dist).files.map((f) => read(f.file)).join('\n');
  const everything = readdirSync(assets).filter((f) => f.endsWith('.js')).map(read).join('\n');
  // Names the libraries keep in their minified code: PrimeVue's global property, the key urql's Vue bindings provide.
  for (const marker of ['$primevue', '$urql']) {
    assert.ok(everything.includes(marker), `«${marker}» is in the build (else this check proves nothing)`);
    assert.ok(!signIn.includes(marker), `«${marker}»: the sign-in page loads the library`);
  }
});

test('its scripts come precompressed (brotli) and cached for a year, index.html is revalidated and carries the app’s icon', async () => {
  const context = await newContext(browser, { locale: 'ru-RU' });
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res);
  });
  const doc = await page.goto(`${BASE}/login`);
  await page.getByTestId('login-password').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(doc.headers()['cache-control'], 'no-cache');
  // The app's icon travels inline with the page (no request, and no /favicon.ico answered with the SPA's page), and
  // it is an image the browser can draw.
  const icon = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '';
    const img = new Image();
    img.src = href;
    const drawn = await img.decode().then(() => img.naturalWidth, () => 0);
    return { href, drawn };
  });
  assert.match(icon.href, /^data:image\/svg\+xml,/, 'index.html declares an inline SVG icon');
  assert.ok(icon.drawn > 0, 'the icon decodes as an image');

  assert.ok(scripts.length > 0);
  const texts = [];
  for (const res of scripts) {
    const url = new URL(res.url());
    const headers = res.headers();
    assert.equal(res.status(), 200, url.pathname);
    assert.match(url.pathname, /^\/assets\/[\w.-]+-[\w-]{8}\.js$/, `${url.pathname} is a hashed asset`);
    assert.equal(headers['cache-control'], IMMUTABLE, url.pathname);
    assert.match(headers['vary'] ?? '', /accept-encoding/i, url.pathname);
    if (existsSync(join(dist, `${url.pathname}.br`))) assert.equal(headers['content-encoding'], 'br', url.pathname);
    texts.push(await res.text());
  }
  // Documents of other pages are not sent with the sign-in page (they travel with their own pages' chunks).
  const all = texts.join('\n');
  const named = (name) => new RegExp(`["'\`]${name}["'\`]`).test(all);
  assert.ok(named('Login'), 'the sign-in mutation is there');
  for (const other of ['OrganizationList', 'PersonList', 'AssignmentPlan']) assert.ok(!named(other), `${other} is not sent with the sign-in page`);
  await context.close();
});

test('after signing in, the lazily loaded layout and a page come up', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.getByTestId('side-menu').waitFor({ state: 'attached' });
  await openFromMenu(page, 'people');
  await page.waitForURL(/\/people/);
  await page.locator('.p-datatable').first().waitFor();
  await context.close();
});
