import { createHash } from 'node:crypto';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { addCompileHints, COMPILE_HINT } from './compile-hints.mts';
import { earlyBoot } from './early-boot.mts';
import { lazyRoutes, preloadTable } from './page-preload.mts';

/** The modules whose chunks (with every chunk they import statically) every page behind the sign-in loads first. */
const SHELL = [/[\\/]layout[\\/]app-shell\.ts$/, /[\\/]layout[\\/]AppLayout\.vue$/];

/**
 * Production builds: a tiny classic script in index.html's head (`assets/boot-<hash>.js`, `async`) that sends the
 * session check at once and loads the first page's boot script (`assets/boot-<page>-<hash>.js`, which sends the
 * page's own queries) when the page has one (build/early-boot.mts, src/graphql/early-boot*.ts), and, on
 * any page but the sign-in page, asks for the app's shell at once — its chunks as `modulepreload`, its stylesheets as
 * `preload` — instead of after the entry and the Vue runtime have arrived and run (main.ts imports the shell only then:
 * a second wave of requests, one round trip and the entry's evaluation later). It also loads the route's own preload
 * script (`assets/boot-p<n>-<hash>.js`, build/page-preload.mts), which asks the same way for the page's own chunks
 * (its component's and its layout's, its early module's, with their static imports and stylesheets), found until then
 * only once the entry had run and the router had resolved the route: the route is found with vue-router's own
 * expressions, in its rank order, in a table of a number per route (the files' names are in the routes' scripts). The
 * sign-in page fetches nothing more than this script. Links made like Vite's own (`crossorigin`), so its import of the
 * same files finds them fetched. The CSP allows it (`script-src 'self'`: files, not inline code).
 */
export function shellPreload(dirs: Parameters<typeof earlyBoot>[0]): Plugin {
  return {
    name: 'metodset:shell-preload',
    apply: 'build',
    enforce: 'post',
    // After Vite's own (its preload helper's `__vite__mapDeps` line goes first in a chunk that has one): the compile
    // hint must be the script's first line.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle: OutputBundle) {
        const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
        const shell = SHELL.map((re) => chunks.flatMap((c) => c.moduleIds.filter((id) => re.test(id))));
        if (shell.some((ids) => ids.length !== 1)) this.error('metodset:shell-preload: a module of the app’s shell was not found');
        const table = preloadTable(
          await lazyRoutes(dirs),
          chunks.map((c) => ({ fileName: c.fileName, moduleIds: c.moduleIds, imports: c.imports, css: [...(c.viteMetadata?.importedCss ?? [])], isEntry: c.isEntry, size: c.code.length })),
          shell.flat(),
        );
        // Every script a page runs as it loads is compiled while it streams in (compile-hints.mts), the boot scripts too.
        addCompileHints(bundle, [...table.entry, ...table.shell, ...table.pages.flat()].filter((f) => f.endsWith('.js')));
        // The first pages' boot scripts, named in index.html's (early-boot.mts).
        const boot = await earlyBoot(dirs);
        const src: Record<string, string> = {};
        for (const page of boot.pages) src[page.name] = `/${this.getFileName(this.emitFile({ type: 'asset', name: `boot-${page.name}.js`, source: COMPILE_HINT + page.code }))}`;
        // The routes' preload scripts, numbered: one hash for them all (of their code and lists) keeps index.html's table
        // short; a change of either names them all afresh (they are cached for a year).
        const pageScript = await boot.preload();
        const hash = createHash('sha256').update(pageScript([])).update(JSON.stringify(table.pages)).digest('base64url').slice(0, 8);
        table.pages.forEach((files, i) => this.emitFile({ type: 'asset', fileName: `assets/boot-p${i + 1}-${hash}.js`, source: COMPILE_HINT + pageScript(files) }));
        const source = await boot.main(src, { shell: table.shell, routes: table.routes, page: `/assets/boot-p#-${hash}.js` });
        const ref = this.emitFile({ type: 'asset', name: 'boot.js', source: COMPILE_HINT + source });
        const name = this.getFileName(ref);
        const html = bundle['index.html'];
        if (html?.type !== 'asset' || typeof html.source !== 'string' || !html.source.includes('</head>')) {
          this.error('metodset:shell-preload: index.html was not found in the bundle');
        }
        html.source = html.source.replace('<script type="module"', `<script async src="/${name}"></script>\n    <script type="module"`);
      },
    },
  };
}
