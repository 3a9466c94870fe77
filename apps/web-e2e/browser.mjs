/* global window, document, requestAnimationFrame -- inside page.evaluate, run in the browser */
// Shared helpers for the browser tests: one Chromium per test file, a fresh context per sign-in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE = process.env.E2E_BASE_URL;
export const PASSWORD = 'metodset-demo-2026';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * How long a step may wait for the state it needs. A guard against a hung page, not a speed check: on a busy machine
 * (another `npm test` beside this one) a page can take far longer than playwright's default 30 s to show its data.
 */
export const STEP_TIMEOUT_MS = 180_000;

/** A browser context whose waits hold on a busy machine. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

/** A phone (390×844, touch): the layout every main flow must also work in. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Signs in through the login page; `options` are the context's (e.g. PHONE). */
export async function signIn(browser, login, options = {}) {
  const context = await newContext(browser, { locale: 'ru-RU', ...options });
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByTestId('login-login').fill(login);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

/**
 * Opens the overlay of a PrimeVue Select or MultiSelect, clicking again while a busy page swallows the click (the
 * component may not listen yet); gives up only after STEP_TIMEOUT_MS.
 */
export async function openOverlay(page, testId, overlay) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await page.getByTestId(testId).click();
    try {
      await page.locator(overlay).first().waitFor({ timeout: 5_000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}

/** Signs in on a phone-sized screen. */
export function signInOnPhone(browser, login) {
  return signIn(browser, login, PHONE);
}

/** Opens a page from the side menu; on a phone the menu is a drawer behind the menu button, opened first. */
export async function openFromMenu(page, key) {
  const toggle = page.getByTestId('menu-toggle');
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.locator('[data-testid="side-menu"].sidemenu--open').waitFor();
  }
  await page.getByTestId(`menu-${key}`).click();
}

/**
 * Asserts the page itself does not scroll sideways (wide tables scroll inside themselves); names the widest
 * elements sticking out when it does.
 */
export async function assertNoSideScroll(page, where = page.url()) {
  // The screen's width, not innerWidth: a phone browser zooms out to show a too-wide page, which widens innerWidth.
  const width = page.viewportSize()?.width ?? (await page.evaluate(() => document.documentElement.clientWidth));
  const r = await page.evaluate((screenWidth) => {
    const out = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > screenWidth + 1 && !e.parentElement?.closest('.p-datatable-table-container, .heatmap, [data-scroll-x]'))
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > screenWidth + 1))
      .slice(0, 6)
      .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, out };
  }, width);
  assert.ok(r.scrollWidth <= width, `${where}: the page is ${r.scrollWidth} px wide on a ${width} px screen; sticking out: ${r.out.join(', ')}`);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and returns the serious and critical violations,
 * one line each. axe is evaluated through the DevTools protocol, which the app's CSP (script-src 'self') allows.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.join(' | ')}`);
}

/** Waits until the page's finite animations (a message fading in) have ended: colours are judged as they finally are. */
export async function animationsSettled(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
}

/** Asserts that axe-core finds no serious or critical violation on the page once its animations have settled. */
export async function assertNoAxeViolations(page, name) {
  await animationsSettled(page);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
}

/** Calls the GraphQL API as the signed-in user of the page (its session cookie); returns `{ data, errors }`. */
export async function apiCall(page, query, variables = {}) {
  return page.evaluate(
    async ([q, v]) => {
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return r.json();
    },
    [query, variables],
  );
}

/** Writes a learning route (ИОМ) of the signed-in person through the API, on the first competences of a framework; returns its id. */
export async function createOwnRoute(page, title) {
  const ref = await apiCall(page, '{ me { personId } competencyFrameworks(first: 1) { nodes { areas { competences { id } } } } }');
  const competenceIds = ref.data.competencyFrameworks.nodes[0].areas.flatMap((a) => a.competences.map((c) => c.id)).slice(0, 3);
  const created = await apiCall(page, 'mutation($input: CreateRouteInput!) { createLearningRoute(input: $input) { id } }', {
    input: { personId: ref.data.me.personId, title, startsOn: '2026-09-01', endsOn: '2027-05-31', competenceIds },
  });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  return created.data.createLearningRoute.id;
}

/**
 * The table of a list's XLSX export: its column headers are the frozen row (the title, period, territory and filter
 * rows come above it, see common/list/list-export.ts); `rows` are the data rows below it.
 */
export function exportTable(sheet) {
  const at = sheet.views?.[0]?.ySplit ?? 1;
  const rows = [];
  sheet.eachRow((row, n) => n > at && rows.push(row));
  return { header: sheet.getRow(at).values.slice(1), rows, title: String(sheet.getRow(1).getCell(1).value ?? '') };
}

/**
 * Types `text` into a PrimeVue AutoComplete (`input`) and returns `option` once the list shows it. The list closes on
 * any scroll of its page (a layout shift on a busy machine is enough), so when the answer of `operation` (the search's
 * GraphQL operation name) has arrived and been rendered without the option, the search is asked again — each attempt
 * waits for its own answer, never for a time.
 */
export async function searchAutoComplete(page, input, text, option, operation) {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(operation), { timeout: STEP_TIMEOUT_MS });
    if (attempt === 1) await input.fill(text);
    else await input.dispatchEvent('input');
    await answered;
    // Rendered in the frames after the answer.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (await option.count()) return option;
  }
  throw new Error(`«${text}»: the ${operation} list never showed the option`);
}
