import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentNode } from 'graphql';
import { rolldown, type Plugin as RolldownPlugin } from 'rolldown';
import type { RouteRecordNormalized, RouteRecordRaw } from 'vue-router';
import type { PreloadTable } from '../src/graphql/early-boot-preload';
import { BOOT_PAGES, bootRoutes, plainText, type BootPage, type BootRoute } from '../src/graphql/early-boot-routes';
import { withTypename } from '../src/graphql/early';
import { printDocument } from '../src/graphql/print';
import { GRAPHQL_CALL, loadDocuments } from './graphql-documents.mts';

/** Where the app's sources are resolved from (the same aliases as vite.config.mts). */
export interface Dirs {
  src: string;
  gql: string;
  shared: string;
}

/** `import('…')` with a literal specifier (the routes' lazy components and early modules). */
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])([^'"`]+)\1\s*\)/g;
/** The global function a lazy import of the routes bundled for Node calls with the module's resolved id. */
export const LAZY = '__metodsetLazy';

/** vue-router's matcher as `getRoutes()` returns them, in rank order (the first whose expression matches is the route). */
export interface RouteRecordMatcher {
  re: RegExp;
  keys: { name: string; optional: boolean; repeatable: boolean }[];
  record: RouteRecordNormalized;
  parent: RouteRecordMatcher | undefined;
}

const aliases = (dirs: Dirs) => ({ '@metodset/shared': dirs.shared, '@': dirs.src });

/**
 * The app's routes as vue-router ranks them, read at build time: src/router.ts bundled for Node (the pages' code,
 * lazily imported, is never loaded) and given to vue-router's own matcher.
 */
export async function rankedRoutes(dirs: Dirs): Promise<RouteRecordMatcher[]> {
  const require = createRequire(join(dirs.src, 'router.ts'));
  const external = (id: string) => (/^(vue|vue-router|pinia)$/.test(id) ? { id: pathToFileURL(require.resolve(id)).href, external: true } : null);
  const bundle = await rolldown({
    input: join(dirs.src, 'router.ts'),
    platform: 'node',
    resolve: { alias: aliases(dirs) },
    plugins: [
      {
        name: 'metodset:early-boot-routes',
        resolveId: external,
        resolveDynamicImport: () => false,
        // A lazy import (a page's component, its early module) names the module it would load instead (`LAZY`,
        // page-preload.mts): resolved here as Vite resolves it.
        async transform(code, id) {
          const specs = [...new Set([...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[2] as string))];
          if (!specs.length) return null;
          const resolved = new Map<string, string>();
          for (const spec of specs) {
            const r = await this.resolve(spec, id);
            if (!r || r.external) throw new Error(`metodset:early-boot: ${id}: «${spec}» was not resolved`);
            resolved.set(spec, r.id);
          }
          return { code: code.replace(DYNAMIC_IMPORT, (_all, _q: string, spec: string) => `globalThis[${JSON.stringify(LAZY)}](${JSON.stringify(resolved.get(spec))})`) };
        },
      },
    ],
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  const dir = mkdtempSync(join(tmpdir(), 'metodset-routes-'));
  try {
    const file = join(dir, 'routes.mjs');
    writeFileSync(file, output[0].code);
    const { routes } = (await import(pathToFileURL(file).href)) as { routes: RouteRecordRaw[] };
    const { createRouterMatcher } = (await import(pathToFileURL(require.resolve('vue-router')).href)) as typeof import('vue-router');
    return createRouterMatcher(routes, {}).getRoutes() as RouteRecordMatcher[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The preload table as code (its expressions as literals). */
const tableLiteral = (t: PreloadTable) =>
  `{shell:${JSON.stringify(t.shell)},routes:[${t.routes.map(([re, n]) => `[${String(re)},${n}]`).join(',')}],page:${JSON.stringify(t.page)}}`;
/** The global name a route's preload script is built with, replaced by its files. */
const PRELOAD_FILES = '__METODSET_PRELOAD_FILES__';

const routeLiteral = (r: BootRoute) => `{name:${JSON.stringify(r.name)},re:${String(r.re)},not:[${r.not.map(String).join(',')}],keys:${JSON.stringify(r.keys)}}`;

/**
 * The boot scripts (src/graphql/early-boot-main.ts, early-boot-routes.ts and the pages' plans), minified classic scripts: index.html's sends the
 * session check and loads the first page's (`pages`, one per route of `BOOT_PAGES`, named by `main`'s argument), which
 * sends that page's queries. Built from the app's own code — the pages' early plans, vue-router's `parseQuery` and the
 * app's routes ranked by vue-router's matcher — with every `graphql()` document replaced by the text urql sends (with
 * `__typename`; plain-request.ts's is derived from it).
 */
export async function earlyBoot(dirs: Dirs): Promise<{
  pages: { name: string; code: string }[];
  main: (src: Record<string, string>, preload: PreloadTable) => Promise<string>;
  preload: () => Promise<(files: readonly string[]) => string>;
}> {
  const routes = bootRoutes(await rankedRoutes(dirs));
  const missing = Object.keys(BOOT_PAGES).filter((name) => !routes.some((r) => r.name === name));
  if (missing.length) throw new Error(`metodset:early-boot: ${missing.join(', ')}: no such route with an early query and a plain path`);
  const lookup = loadDocuments(dirs.gql);
  const ENTRY = '\0metodset-early-boot:';
  const module = (file: string) => JSON.stringify(join(dirs.src, 'graphql', file));
  const wire = '(d, plain) => [d.n, plain ? (d.p ?? plainText(d.q)) : d.q]';
  const entries: Record<string, string> = {};
  const build = async (id: string, source: string): Promise<string> => {
    entries[ENTRY + id] = `import { plainText } from ${module('early-boot-routes.ts')};\nimport { bootSend } from ${module('early-wire.ts')};\n${source}`;
    const documents: RolldownPlugin = {
      name: 'metodset:early-boot',
      resolveId: (spec) => (spec in entries ? spec : null),
      load: (spec) => entries[spec] ?? null,
      transform(code, file) {
        file = file.split('?')[0] ?? file;
        if (file.startsWith(dirs.gql)) return { code, moduleSideEffects: false };
        if (!/\.ts$/.test(file) || !code.includes('graphql(')) return null;
        const out = code.replace(GRAPHQL_CALL, (_all, source: string) => {
          const doc = lookup(source) as DocumentNode & { kind?: string };
          if (doc?.kind !== 'Document') throw new Error(`metodset:early-boot: ${file}: a document is not among the generated ones — run \`npm run codegen\``);
          const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
          const n = op?.kind === 'OperationDefinition' ? op.name?.value : undefined;
          const q = printDocument(withTypename(doc as unknown as Parameters<typeof withTypename>[0]) as unknown as DocumentNode);
          const p = printDocument(doc);
          // The plain text is the typed one without the `__typename`s it was given (`plainText`), unless the document
          // names some itself: then it travels too.
          return `(${JSON.stringify(plainText(q) === p ? { n, q } : { n, q, p })})`;
        });
        return { code: out };
      },
    };
    const bundle = await rolldown({
      input: ENTRY + id,
      platform: 'browser',
      resolve: { alias: aliases(dirs) },
      plugins: [documents],
      // vue-router's bundle reads its error codes' names after defining them: nothing to keep for parseQuery.
      treeshake: { propertyReadSideEffects: false },
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    await bundle.close();
    return output[0].code;
  };
  const pages = [];
  for (const route of routes) {
    const [file, plan] = BOOT_PAGES[route.name as BootPage];
    pages.push({
      name: route.name,
      code: await build(
        route.name,
        `import { pageQueries } from ${module('early-boot-main.ts')};\nimport { ${plan} as plan } from ${JSON.stringify(join(dirs.src, file))};\n` +
          `bootSend(pageQueries(location, [${routeLiteral(route)}], ${wire}, { ${JSON.stringify(route.name)}: plan }));\n`,
      ),
    });
  }
  const main = (src: Record<string, string>, preload: PreloadTable) =>
    build(
      'main',
      `import { matchBootRoute, sessionQuery } from ${module('early-boot-main.ts')};\n` +
        `import { loadScript, pagePreload, preloadFiles } from ${module('early-boot-preload.ts')};\n` +
        `bootSend([sessionQuery(${wire})]);\n` +
        `const found = matchBootRoute(location.pathname, [${routes.map((r) => `{...${routeLiteral(r)},src:${JSON.stringify(src[r.name])}}`).join(',')}]);\n` +
        `if (found) loadScript(found.route.src);\n` +
        `const first = pagePreload(location.pathname, ${tableLiteral(preload)});\n` +
        `if (first.script) loadScript(first.script);\n` +
        `preloadFiles(first.files);\n`,
    );
  // A route's own preload script: built once, its list of files put in place of a global's name.
  const preload = async () => {
    const code = await build('preload', `import { preloadFiles } from ${module('early-boot-preload.ts')};\npreloadFiles(${PRELOAD_FILES});\n`);
    if (code.split(PRELOAD_FILES).length !== 2) throw new Error('metodset:early-boot: the preload script lost its list of files');
    return (files: readonly string[]) => code.replace(PRELOAD_FILES, JSON.stringify(files));
  };
  return { pages, main, preload };
}
