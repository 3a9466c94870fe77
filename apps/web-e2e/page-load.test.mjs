/* global window, document, Node, HTMLLinkElement -- inside page.addInitScript and page.evaluate, run in the browser */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, BASE, launch, newContext, openFromMenu, signIn } from './browser.mjs';

// A page whose code cannot be loaded (offline, or its file gone after a redeploy) must say so, not leave the menu
// click doing nothing. The test blocks the requests for the page's code and clicks its menu entry.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a page whose code cannot be loaded says «Не удалось загрузить страницу — обновите», and the button loads it afresh', async () => {
  const { context, page } = await signIn(browser, 'methodist.podporozhye');
  await page.locator('main h1').first().waitFor();
  // From now on no more code can be fetched, as when the network is gone or the build was replaced: the people
  // page's code (a lazily loaded chunk, not loaded yet) fails.
  const blocked = (url) => /\/assets\/[^/]+\.(js|css)$/.test(url.pathname);
  await page.route(blocked, (route) => route.abort('internetdisconnected'));

  await openFromMenu(page, 'people');
  const alert = page.getByTestId('page-load-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Не удалось загрузить страницу — обновите/);
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.doesNotMatch(page.url(), /\/people/, 'the page stays where it was');

  // Back online: the button loads the page that was asked for.
  await page.unroute(blocked);
  await page.getByTestId('page-load-reload').click();
  await page.waitForURL(/\/people$/);
  await page.locator('a[href^="/people/"]').first().waitFor();
  assert.equal(await page.getByTestId('page-load-error').count(), 0);
  await context.close();
});

/** Opens a path in a fresh context (nothing cached) and tells which files the boot scripts asked for and which were fetched. */
async function firstLoad(cookies, path, ready) {
  const context = await newContext(browser, { locale: 'ru-RU' });
  await context.addCookies(cookies);
  const page = await context.newPage();
  // The links a boot script (index.html's or a route's, classic scripts) adds while it runs.
  await page.addInitScript(() => {
    window.__bootLinks = [];
    const append = Node.prototype.appendChild;
    Node.prototype.appendChild = function (node) {
      if (node instanceof HTMLLinkElement && /\/assets\/boot-/.test(document.currentScript?.src ?? '')) window.__bootLinks.push(new URL(node.href).pathname);
      return append.call(this, node);
    };
  });
  const fetched = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/^\/assets\/.+\.(js|css)$/.test(url.pathname)) fetched.push(url.pathname);
  });
  await page.goto(`${BASE}${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const preloaded = await page.evaluate(() => window.__bootLinks);
  await context.close();
  return { preloaded, fetched };
}

test('the first page’s own code is asked for by the boot scripts, each file fetched once; the sign-in page asks for nothing more', async () => {
  const { context } = await signIn(browser, 'methodist.podporozhye');
  const cookies = await context.cookies();
  await context.close();
  for (const [path, own] of [
    ['/organizations', /^\/assets\/OrganizationListPage-[\w-]+\.js$/],
    ['/people', /^\/assets\/PersonListPage-[\w-]+\.js$/],
  ]) {
    const { preloaded, fetched } = await firstLoad(cookies, path, (page) => page.locator('.p-datatable').first().waitFor());
    assert.ok(preloaded.some((f) => own.test(f)), `${path}: the page’s chunk is asked for by the boot scripts:\n${preloaded.join('\n')}`);
    assert.ok(preloaded.some((f) => /^\/assets\/app-shell-[\w-]+\.js$/.test(f)), `${path}: and the app’s shell`);
    assert.ok(preloaded.some((f) => /\.css$/.test(f)), `${path}: and its stylesheets`);
    if (path === '/organizations') {
      // Its filter bar's pickers load on first use and its pager's once the rows are painted: the rows do not wait for them.
      assert.ok(!preloaded.some((f) => /\/pickers-/.test(f)), `${path}: the pickers’ chunk is not asked for before the rows:\n${preloaded.join('\n')}`);
      // Nor any of PrimeVue's components: the list's first render draws none (its buttons, sort icons, tags and
      // skeleton are plain elements with their classes), and the toast area and the confirmation dialog come on first
      // need or on the user's first key or pointer press, neither of which happened here. PrimeVue's core (its
      // configuration) comes with its first component (layout/primevue-app.ts): not here either.
      const components = fetched.filter((f) => /\/(primevue-core|controls|icons|pickers|app-controls|AppServices)-[\w-]+\.js$/.test(f));
      assert.deepEqual(components, [], `${path}: no chunk of PrimeVue's components is fetched as the page loads`);
    }
    for (const f of preloaded) assert.ok(fetched.includes(f), `${path}: ${f}, asked for, was fetched`);
    const twice = fetched.filter((f, i) => fetched.indexOf(f) !== i);
    assert.deepEqual(twice, [], `${path}: no file is fetched twice (Vite’s preload finds the boot script’s links)`);
  }
  const { preloaded, fetched } = await firstLoad([], '/login', (page) => page.getByTestId('login-password').waitFor());
  assert.deepEqual(preloaded, [], 'the sign-in page asks for nothing more than its own code');
  assert.ok(!fetched.some((f) => /\/(app-shell|OrganizationListPage|PersonListPage)-/.test(f)), `the sign-in page fetched another page’s code:\n${fetched.join('\n')}`);
});

/** The chunks a script imports statically (not `import()`), transitively: what must be loaded before it runs. */
async function staticImports(file) {
  const seen = new Set();
  const queue = [file];
  while (queue.length) {
    const f = queue.shift();
    const text = await (await fetch(`${BASE}${f}`)).text();
    for (const m of text.matchAll(/import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = `/assets/${m[1]}`;
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen];
}

/** A chunk of PrimeVue's components or core (or the services'), as the build names them (apps/web/vite.config.mts). */
const componentChunk = /\/(primevue-core|controls|icons|pickers|datatable|AppServices)-[\w-]+\.js$/;

test('the route page’s and the heatmap’s first render need no PrimeVue component: their chunks import none, the boot scripts ask for none', async () => {
  // Воркута's methodist: the demo's routes are in the city's schools.
  const { context, page: signedIn } = await signIn(browser, 'methodist.vorkuta');
  const routes = await apiCall(signedIn, '{ learningRoutes(first: 1) { nodes { id } } }');
  const routeId = routes.data?.learningRoutes.nodes[0]?.id;
  assert.ok(routeId, `a route to open: ${JSON.stringify(routes)}`);
  const cookies = await context.cookies();
  await context.close();
  for (const [path, own, ready] of [
    [`/routes/${routeId}`, /^\/assets\/RoutePage-[\w-]+\.js$/, (page) => page.getByTestId('route-title').waitFor()],
    ['/deficits', /^\/assets\/HeatmapPage-[\w-]+\.js$/, (page) => page.getByTestId('heatmap-row').first().waitFor()],
  ]) {
    const { preloaded, fetched } = await firstLoad(cookies, path, ready);
    const chunk = fetched.find((f) => own.test(f));
    assert.ok(chunk, `${path}: its page’s chunk was fetched:\n${fetched.join('\n')}`);
    const imports = await staticImports(chunk);
    assert.ok(imports.some((f) => /\/app-shell-/.test(f)), `${path}: its chunk’s imports were read (the app’s shell among them):\n${imports.join('\n')}`);
    // Its head (the route's title, status, owner, progress; the heatmap's filters, hint and table) and its states
    // (common/PageState.vue) are drawn with common/controls' light ones; the route's actions come after the first paint.
    assert.deepEqual(imports.filter((f) => componentChunk.test(f)), [], `${path}: the page’s chunk imports no chunk of PrimeVue’s components`);
    assert.deepEqual(preloaded.filter((f) => componentChunk.test(f)), [], `${path}: the boot scripts ask for none`);
    if (path === '/deficits') {
      // Nothing of the heatmap draws one until it is used (a picker opened, a cell clicked, the first key press).
      assert.deepEqual(fetched.filter((f) => componentChunk.test(f)), [], `${path}: none is fetched as the page loads`);
    }
  }
  // The route's actions are drawn once its head is painted, with their code.
  const fresh = await newContext(browser, { locale: 'ru-RU' });
  await fresh.addCookies(cookies);
  const page = await fresh.newPage();
  await page.goto(`${BASE}/routes/${routeId}`);
  await page.locator('[data-testid="route-competence"]').first().waitFor();
  assert.ok((await page.locator('.route__actions .p-button').count()) > 0, 'the methodist’s actions on the route are drawn');
  await fresh.close();
});

test('every script the organisations and the people pages run as they load starts with V8’s compile hint', async () => {
  const { context } = await signIn(browser, 'methodist.podporozhye');
  const cookies = await context.cookies();
  await context.close();
  for (const path of ['/organizations', '/people']) {
    const fresh = await newContext(browser, { locale: 'ru-RU' });
    await fresh.addCookies(cookies);
    const page = await fresh.newPage();
    const scripts = [];
    page.on('response', (res) => {
      if (/^\/assets\/.+\.js$/.test(new URL(res.url()).pathname)) scripts.push(res.text().then((text) => [new URL(res.url()).pathname, text]));
    });
    await page.goto(`${BASE}${path}`);
    await page.locator('.p-datatable').first().waitFor();
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    await fresh.close();
    assert.ok(loaded.length > 5, `${path}: its scripts were seen (${loaded.length})`);
    const without = loaded.filter(([, text]) => !text.startsWith('//# allFunctionsCalledOnLoad\n')).map(([f]) => f);
    assert.deepEqual(without, [], `${path}: scripts without the compile hint on their first line`);
  }
});

test('the toast area and the confirmation dialog come on first need: the first key press on a fresh page asks for a confirmation and gets it', async () => {
  const { context, page } = await signIn(browser, 'admin');
  await page.goto(`${BASE}/people`);
  // A person of the list (its rows' links; «Добавить» links to /people/new).
  const href = await page.locator('tbody a[href^="/people/"]').first().getAttribute('href');
  assert.ok(href, 'a person to open');
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // A fresh start of the app on the person's card; no key or pointer press yet.
  await page.goto(`${BASE}${href}`);
  const archive = page.getByTestId('person-archive');
  await archive.waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(!fetched.some((f) => /\/AppServices-[\w-]+\.js$/.test(f)), `the services are not loaded before they are needed:\n${fetched.join('\n')}`);
  assert.equal(await page.locator('.p-confirmdialog').count(), 0);

  // Enter on the archive button: the key press loads the services, and the confirmation asked for meanwhile is shown.
  await archive.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('.p-confirmdialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /архив/i);
  assert.ok(fetched.some((f) => /\/AppServices-[\w-]+\.js$/.test(f)), 'the services were loaded on the key press');
  // Cancelled: nothing archived.
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('person-archived').count(), 0);
  await context.close();
});
