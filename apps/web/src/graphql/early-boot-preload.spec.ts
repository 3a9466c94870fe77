// @vitest-environment node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouterMatcher } from 'vue-router';
import { lazyRoutes, preloadTable, type ChunkInfo, type LazyRoute } from '../../build/page-preload.mts';
import { createAppRouter, routes } from '@/router';
import { pagePreload, type PreloadTable } from './early-boot-preload';

// What the build does (build/page-preload.mts, build/shell-preload.mts): the app's routes read by bundling
// src/router.ts for Node, each with the modules it loads lazily, and the table of the files each first page loads.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dirs = { src: here('..').replace(/[\\/]$/, ''), gql: here('../gql'), shared: here('../../../../libs/shared/src/index.ts') };
const APP_SHELL = here('../layout/app-shell.ts');
const LAYOUT = here('../layout/AppLayout.vue');
const router = createAppRouter(createMemoryHistory());
const ranked = createRouterMatcher(routes, {}).getRoutes();

let lazy: LazyRoute[];
beforeAll(async () => {
  lazy = await lazyRoutes(dirs);
});

/**
 * A bundle as Vite's would be: the entry (with a chunk it imports and its stylesheet), the shell's chunk, then every
 * lazily loaded module in a chunk of its own that imports a chunk the pages share (and the entry's, and the shell's),
 * with a stylesheet of its own and the shared one.
 */
function bundleOf(modules: readonly string[]): ChunkInfo[] {
  const name = (id: string) => `assets/${id.slice(dirs.src.length + 1).replace(/[\\/.]/g, '_')}.js`;
  return [
    { fileName: 'assets/index.js', moduleIds: [here('../main.ts')], imports: ['assets/vue.js'], css: ['assets/index.css'], isEntry: true },
    { fileName: 'assets/vue.js', moduleIds: ['vue'], imports: [], css: [], isEntry: false },
    { fileName: 'assets/app-shell.js', moduleIds: [APP_SHELL], imports: ['assets/vue.js', 'assets/primevue.js'], css: ['assets/app-shell.css'], isEntry: false },
    { fileName: 'assets/primevue.js', moduleIds: ['primevue'], imports: [], css: [], isEntry: false },
    { fileName: 'assets/common.js', moduleIds: ['common'], imports: ['assets/primevue.js'], css: ['assets/common.css'], isEntry: false },
    ...[...new Set(modules)].map((id) => ({
      fileName: name(id),
      moduleIds: [id],
      imports: ['assets/vue.js', 'assets/app-shell.js', 'assets/common.js'],
      css: [name(id).replace(/\.js$/, '.css'), 'assets/common.css'],
      isEntry: false,
    })),
  ];
}

/** What the boot script asks for at this URL (its own table and the routes' scripts). */
function asked(url: string, table: ReturnType<typeof preloadTable>): string[] {
  const boot: PreloadTable = { shell: table.shell, routes: table.routes, page: '#' };
  const first = pagePreload(new URL(url, 'http://app').pathname, boot);
  return [...first.files, ...(first.script ? (table.pages[Number(first.script) - 1] ?? ['no such script']) : [])];
}

describe('the first page’s files asked for by the boot scripts (build/page-preload.mts)', () => {
  it('reads every route of the app as vue-router ranks them, with its own expression', () => {
    expect(lazy.map((r) => [r.name, String(r.re)])).toEqual(ranked.map((m) => [typeof m.record.name === 'string' ? m.record.name : undefined, String(m.re)]));
  });

  it('knows the modules each route loads lazily: the layout, the page’s component, its early module', () => {
    for (const [i, route] of lazy.entries()) {
      const m = ranked[i]!;
      const chain = [];
      for (let p: typeof m | undefined = m; p; p = p.parent) chain.unshift(p);
      const components = chain.flatMap((p) => Object.values(p.record.components ?? {})).filter((c) => typeof c === 'function');
      const early = m.record.meta.early ? 1 : 0;
      expect(route.modules, String(route.name)).toHaveLength(new Set(components).size + early);
      for (const id of route.modules) expect(existsSync(id), id).toBe(true);
      expect(route.modules.includes(LAYOUT), String(route.name)).toBe(chain.some((p) => p.record.path === '/' && p.record.children.length > 0));
    }
    const byName = (name: string) => lazy.find((r) => r.name === name)!.modules.map((id) => id.slice(dirs.src.length + 1));
    expect(byName('organizations')).toEqual(['modules/organization/organization.early.ts', 'layout/AppLayout.vue', 'modules/organization/OrganizationListPage.vue']);
    expect(byName('deficits-heatmap')).toEqual(['modules/deficits/deficits.early.ts', 'layout/AppLayout.vue', 'modules/deficits/HeatmapPage.vue']);
    expect(byName('route')).toEqual(['modules/route/route.early.ts', 'layout/AppLayout.vue', 'modules/route/RoutePage.vue']);
    expect(byName('login')).toEqual(['modules/auth/LoginPage.vue']);
  });

  it('gives every route its chunks with their imports and stylesheets, but the entry’s and the shell’s; the sign-in page none', () => {
    const bundle = bundleOf([...lazy.flatMap((r) => r.modules), LAYOUT]);
    const table = preloadTable(lazy, bundle, [APP_SHELL, LAYOUT]);
    const file = (id: string) => bundle.find((c) => c.moduleIds.includes(id))!.fileName;
    expect(table.entry).toEqual(['assets/index.js', 'assets/vue.js', 'assets/index.css']);
    expect(table.shell).toEqual(['assets/app-shell.js', 'assets/primevue.js', file(LAYOUT), 'assets/common.js', 'assets/app-shell.css', file(LAYOUT).replace(/\.js$/, '.css'), 'assets/common.css']);
    // One script per distinct list of files.
    expect(new Set(table.pages.map((p) => p.join(' '))).size).toBe(table.pages.length);
    for (const url of ['/organizations', '/organizations?page=2', '/ORGANIZATIONS/', '/deficits', '/routes/r1', '/routes/new', '/people/p1', '/', '/nowhere/at/all', '/login', '/login/', '/LOGIN']) {
      const to = router.resolve(url);
      const route = lazy.find((r) => r.name === to.name)!;
      if (to.name === 'login') {
        expect(asked(url, table), url).toEqual([]);
        continue;
      }
      const own = route.modules.filter((id) => id !== LAYOUT).map(file);
      const expected = [...table.shell, ...own, ...own.map((f) => f.replace(/\.js$/, '.css'))];
      expect(asked(url, table), url).toEqual(expected);
    }
  });

  it('asks for a page’s scripts largest first, then its stylesheets: a large shared chunk no longer arrives last', () => {
    const modules = [...lazy.flatMap((r) => r.modules), LAYOUT];
    const sized = bundleOf(modules).map((c) => ({ ...c, size: c.fileName === 'assets/common.js' ? 90_000 : c.fileName === 'assets/primevue.js' ? 1_000 : 5_000 }));
    const table = preloadTable(lazy, sized, [APP_SHELL, LAYOUT]);
    const layout = sized.find((c) => c.moduleIds.includes(LAYOUT))!.fileName;
    // Of the same size, the order of the imports; the stylesheets after every script, in theirs.
    expect(table.shell).toEqual(['assets/common.js', 'assets/app-shell.js', layout, 'assets/primevue.js', 'assets/app-shell.css', layout.replace(/\.js$/, '.css'), 'assets/common.css']);
    const heatmap = lazy.find((r) => r.name === 'deficits-heatmap')!;
    const own = asked('/deficits', table).slice(table.shell.length);
    expect(own).toHaveLength(2 * heatmap.modules.filter((id) => id !== LAYOUT).length);
    expect(own.slice(0, own.length / 2).every((f) => f.endsWith('.js'))).toBe(true);
  });

  it('finds a path’s route exactly as vue-router resolves it', () => {
    const bundle = bundleOf([...lazy.flatMap((r) => r.modules), LAYOUT]);
    const table = preloadTable(lazy, bundle, [APP_SHELL, LAYOUT]);
    for (const m of ranked) {
      const path = m.record.path.replace(/:(\w+)(\([^)]*\))?[*?+]?/g, 'x1');
      for (const url of [path, `${path}/`, path.toUpperCase()]) {
        const to = router.resolve(url);
        const found = table.routes.find(([re]) => re.test(url));
        const last = to.matched.at(-1);
        const index = ranked.findIndex((r) => r.record.path === last?.path && r.record.name === last?.name);
        // A route after the table's last one has no files of its own: the shell alone, as the table gives.
        expect(found ? String(found[0]) : 'shell', url).toEqual(index < table.routes.length ? String(ranked[index]!.re) : 'shell');
      }
    }
  });
});
