// The Lighthouse floor of `npm run bench`: the least a page of this app can be, measured by the same Lighthouse, on
// the same server and in the same run as the app's pages. It is Vue's runtime alone (no router, store, i18n, GraphQL
// client or component library) asking one GraphQL query — the organisation list's first 25 rows — and drawing a
// header and those rows, styled by the app's entry stylesheet. Issue 12 asks for the app's pages at ≥ 90; the floor
// says how much of what they miss is the machine (a floor under 90) and how much is the app's start.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const FLOOR_PATH = '/bench-floor.html';
/** The floor's one query (bench-web.mjs checks that it returns rows before Lighthouse measures the page). */
export const FLOOR_QUERY = 'query BenchFloor { organizations(first: 25) { nodes { id name shortName kind staffCount municipality { name } } } }';

const FLOOR_MAIN = `import { createApp, h, ref } from '/assets/bench-floor-vue.js';
const QUERY = ${JSON.stringify(FLOOR_QUERY)};
createApp({
  setup() {
    const rows = ref(null);
    fetch('/graphql', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) })
      .then((res) => res.json())
      .then((body) => { rows.value = body.data ? body.data.organizations.nodes : []; });
    const row = (o) => h('tr', { key: o.id }, [
      h('td', [h('a', { href: '/organizations/' + o.id }, o.shortName || o.name), h('div', { class: 'muted' }, o.name)]),
      h('td', [o.kind, h('div', { class: 'muted' }, o.municipality.name + ', ' + o.staffCount)]),
    ]);
    return () => h('div', { class: 'layout' }, [
      h('header', [h('strong', 'Методсеть'), ' ', h('a', { href: '/organizations' }, 'Организации')]),
      h('main', { id: 'content' }, [
        h('h1', 'Организации'),
        rows.value === null
          ? h('p', 'Загрузка…')
          : h('table', [h('thead', h('tr', [h('th', 'Название'), h('th', 'Тип')])), h('tbody', rows.value.map(row))]),
      ]),
    ]);
  },
}).mount('#app');
`;

/** Writes `file` into `dir` with its brotli and gzip siblings, as the app's build does for its assets. */
function writeAsset(dir, file, text) {
  writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, `${file}.br`), brotliCompressSync(text));
  writeFileSync(join(dir, `${file}.gz`), gzipSync(text, { level: 9 }));
}

/**
 * A scratch copy of the built SPA (`webDist`) with the floor page added (`FLOOR_PATH`), for the server the bench
 * starts: the app's own files are served unchanged. `cleanup()` removes the copy.
 */
export function withLighthouseFloor(webDist, root) {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-bench-web-'));
  cpSync(webDist, dir, { recursive: true });
  const vue = createRequire(join(root, 'package.json')).resolve('vue/dist/vue.runtime.esm-browser.prod.js');
  writeAsset(join(dir, 'assets'), 'bench-floor-vue.js', readFileSync(vue, 'utf8'));
  writeAsset(join(dir, 'assets'), 'bench-floor-main.js', FLOOR_MAIN);
  const index = existsSync(join(dir, 'index.html')) ? readFileSync(join(dir, 'index.html'), 'utf8') : '';
  const stylesheet = /href="(\/assets\/index-[\w-]+\.css)"/.exec(index)?.[1];
  // Without the app's entry stylesheet the floor would measure a lighter page than the app's: refuse.
  if (!stylesheet) throw new Error(`bench: ${webDist}/index.html names no entry stylesheet (/assets/index-….css) for the Lighthouse floor`);
  writeFileSync(
    join(dir, FLOOR_PATH),
    `<!doctype html>\n<html lang="ru">\n  <head>\n    <meta charset="UTF-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n` +
      `    <title>Методсеть</title>\n    <link rel="icon" href="data:," />\n    <script type="module" src="/assets/bench-floor-main.js"></script>\n` +
      `    <link rel="stylesheet" href="${stylesheet}" />\n` +
      `  </head>\n  <body>\n    <div id="app"></div>\n  </body>\n</html>\n`,
  );
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
