import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openFromMenu, signIn } from './browser.mjs';

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
