/* global window, PerformanceObserver -- inside page.addInitScript / page.evaluate, run in the browser */
// The web part of `npm run bench` (issue 12): what the sign-in page costs a browser.
//   - from the built SPA (dist/web): the scripts the sign-in page loads — index.html's scripts and modulepreloads,
//     the /login route's chunk, and everything they import statically — raw, gzip -9 and brotli, against a budget;
//   - in Debian's Chromium (playwright-core), when a base URL of the running API is given: the JavaScript bytes on
//     the wire and first/largest contentful paint of /login (PerformanceObserver), against floors.
// `BENCH_ONLY=web npm run bench` runs this section alone (builds the SPA, boots the API on a scratch database).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budget of the sign-in page's JavaScript, gzip (issue 12's target). apps/web-e2e/bundle-budget.test.mjs holds it too. */
export const SIGN_IN_JS_BUDGET_GZIP = 100 * 1024;
/** Floors for the sign-in page in Chromium on this machine (no throttling): first and largest contentful paint. */
export const PAINT_FLOOR_MS = { fcp: 1000, lcp: 1200 };
/** Before issue 12's web work: this measure on the build of commit 5a0d792 (the issue said 9 scripts, 1,018 KB, 200 KB gzip). */
export const BEFORE = { scripts: 11, raw: 1061749, gzip: 208903, brotli: 176742 };

const staticImports = (code) => {
  const out = new Set();
  // Minified ESM: import{a as b}from"./x.js"; import"./y.js"; export{…}from"./z.js"
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+\.js)["']/g)) out.add(m[1]);
  return [...out];
};

/** The scripts of the sign-in page in a built SPA, with their sizes. */
export function signInScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  const roots = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const login = readdirSync(assets).find((f) => /^LoginPage-[\w-]+\.js$/.test(f));
  if (login) roots.push(login);
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f) || !existsSync(join(assets, f))) continue;
    seen.add(f);
    queue.push(...staticImports(readFileSync(join(assets, f), 'utf8')));
  }
  const files = [...seen].map((f) => {
    const data = readFileSync(join(assets, f));
    return {
      file: f,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      precompressed: existsSync(join(assets, `${f}.br`)) && existsSync(join(assets, `${f}.gz`)),
    };
  });
  files.sort((a, b) => b.gzip - a.gzip);
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), loginChunk: login ?? null };
}

/** /login in Chromium: JavaScript on the wire (as served, compressed) and FCP/LCP. Null without Chromium. */
export async function signInInBrowser(base, runs = 5) {
  const chromium = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium) return null;
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each run: nothing cached, as a first visit.
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__paint = { fcp: null, lcp: null };
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime;
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((l) => {
          const es = l.getEntries();
          window.__paint.lcp = es[es.length - 1].startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      const scripts = [];
      page.on('requestfinished', async (req) => {
        if (req.resourceType() !== 'script') return;
        const res = await req.response();
        const sizes = await req.sizes();
        scripts.push({ url: req.url(), wire: sizes.responseBodySize, encoding: res?.headers()['content-encoding'] ?? 'none' });
      });
      await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
      await page.locator('input[type="password"]').waitFor();
      const paint = await page.evaluate(() => window.__paint);
      results.push({ ...paint, scripts: [...scripts] });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const last = results[results.length - 1];
  return {
    runs,
    fcp: median(results.map((r) => r.fcp ?? Infinity)),
    lcp: median(results.map((r) => r.lcp ?? Infinity)),
    scripts: last.scripts.length,
    wire: last.scripts.reduce((s, x) => s + x.wire, 0),
    encodings: [...new Set(last.scripts.map((x) => x.encoding))],
  };
}

const kb = (n) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KB`;

export function reportWeb(sizes, browser) {
  const line = '─'.repeat(100);
  const row = (a, b, c, d) => console.log(`${a.padEnd(44)}${b.padStart(12)}${c.padStart(12)}${d.padStart(32)}`);
  console.log(line);
  row(`Sign-in page JavaScript (${sizes.files.length} scripts)`, 'raw', 'gzip', 'brotli / target');
  row(`  before (5a0d792, ${BEFORE.scripts} scripts)`, kb(BEFORE.raw), kb(BEFORE.gzip), `${kb(BEFORE.brotli)} brotli`);
  row(`  now (${sizes.files.length} scripts, from dist/web)`, kb(sizes.raw), kb(sizes.gzip), `${kb(sizes.brotli)} brotli`);
  row('  target', '', `≤ ${kb(SIGN_IN_JS_BUDGET_GZIP)}`, sizes.gzip <= SIGN_IN_JS_BUDGET_GZIP ? 'met' : `missed by ${kb(sizes.gzip - SIGN_IN_JS_BUDGET_GZIP)}`);
  for (const f of sizes.files) row(`    ${f.file.length > 40 ? `${f.file.slice(0, 39)}…` : f.file}`, kb(f.raw), kb(f.gzip), `${kb(f.brotli)}${f.precompressed ? ' (.br .gz built)' : ' (not precompressed)'}`);
  if (browser) {
    row(`  Chromium, /login, first visit (median of ${browser.runs})`, 'measured', 'floor', '');
    row('    first contentful paint', `${Math.round(browser.fcp)} ms`, `${PAINT_FLOOR_MS.fcp} ms`, browser.fcp <= PAINT_FLOOR_MS.fcp ? 'within' : 'over');
    row('    largest contentful paint', `${Math.round(browser.lcp)} ms`, `${PAINT_FLOOR_MS.lcp} ms`, browser.lcp <= PAINT_FLOOR_MS.lcp ? 'within' : 'over');
    row(`    JavaScript on the wire (${browser.scripts} scripts)`, kb(browser.wire), '', `Content-Encoding: ${browser.encodings.join(', ')}`);
  } else {
    console.log('  (Chromium not found: no paint figures)');
  }
  console.log('  Lighthouse: not installed here (the lead installs it: npm i -D lighthouse, run with CHROME_PATH=/usr/bin/chromium)');
}
