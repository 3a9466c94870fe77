import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentNode } from 'graphql';
import { rolldown, type Plugin as RolldownPlugin } from 'rolldown';
import type { RouteRecordRaw } from 'vue-router';
import { bootRoutes, plainText } from '../src/graphql/early-boot-routes';
import { withTypename } from '../src/graphql/early';
import { printDocument } from '../src/graphql/print';
import { GRAPHQL_CALL, loadDocuments } from './graphql-documents.mts';

/** Where the app's sources are resolved from (the same aliases as vite.config.mts). */
interface Dirs {
  src: string;
  gql: string;
  shared: string;
}

const aliases = (dirs: Dirs) => ({ '@metodset/shared': dirs.shared, '@': dirs.src });

/**
 * The app's routes as vue-router ranks them, read at build time: src/router.ts bundled for Node (the pages' code,
 * lazily imported, is never loaded) and given to vue-router's own matcher.
 */
async function rankedRoutes(dirs: Dirs) {
  const require = createRequire(join(dirs.src, 'router.ts'));
  const external = (id: string) => (/^(vue|vue-router|pinia)$/.test(id) ? { id: pathToFileURL(require.resolve(id)).href, external: true } : null);
  const bundle = await rolldown({
    input: join(dirs.src, 'router.ts'),
    platform: 'node',
    resolve: { alias: aliases(dirs) },
    plugins: [{ name: 'metodset:early-boot-routes', resolveId: external, resolveDynamicImport: () => false }],
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
    return createRouterMatcher(routes, {}).getRoutes();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The boot script (src/graphql/early-boot.ts, early-boot-routes.ts): a minified classic script that sends the session
 * check and the first page's own queries as index.html arrives. Built from the app's own code — the pages' early
 * plans, vue-router's `parseQuery` and the app's routes ranked by vue-router's matcher — with every `graphql()`
 * document replaced by the texts the app sends: as urql sends it (with `__typename`) and as plain-request.ts does.
 */
export async function earlyBootSource(dirs: Dirs): Promise<string> {
  const routes = bootRoutes(await rankedRoutes(dirs));
  if (!routes.length) throw new Error('metodset:early-boot: no route of the app has an early query');
  const lookup = loadDocuments(dirs.gql);
  const table = `[${routes
    .map((r) => `{name:${JSON.stringify(r.name)},re:${String(r.re)},not:[${r.not.map(String).join(',')}],keys:${JSON.stringify(r.keys)}}`)
    .join(',')}]`;
  const ENTRY = '\0metodset-early-boot';
  const documents: RolldownPlugin = {
    name: 'metodset:early-boot',
    resolveId: (id) => (id === ENTRY ? id : null),
    load(id) {
      if (id !== ENTRY) return null;
      return (
        `import { bootQueries } from ${JSON.stringify(join(dirs.src, 'graphql/early-boot.ts'))};\n` +
        `import { bootSend } from ${JSON.stringify(join(dirs.src, 'graphql/early-wire.ts'))};\n` +
        `import { plainText } from ${JSON.stringify(join(dirs.src, 'graphql/early-boot-routes.ts'))};\n` +
        `bootSend(bootQueries(location, ${table}, (d, plain) => [d.n, plain ? (d.p ?? plainText(d.q)) : d.q]));\n`
      );
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (file.startsWith(dirs.gql)) return { code, moduleSideEffects: false };
      if (!/\.ts$/.test(file) || !code.includes('graphql(')) return null;
      const out = code.replace(GRAPHQL_CALL, (_all, source: string) => {
        const doc = lookup(source) as DocumentNode & { kind?: string };
        if (doc?.kind !== 'Document') throw new Error(`metodset:early-boot: ${file}: a document is not among the generated ones — run \`npm run codegen\``);
        const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
        const n = op?.kind === 'OperationDefinition' ? op.name?.value : undefined;
        const q = printDocument(withTypename(doc as unknown as Parameters<typeof withTypename>[0]) as unknown as DocumentNode);
        const p = printDocument(doc);
        // The plain text is the typed one without the `__typename`s it was given (early-boot.ts `plainText`), unless
        // the document names some itself: then it travels too.
        return `(${JSON.stringify(plainText(q) === p ? { n, q } : { n, q, p })})`;
      });
      return { code: out };
    },
  };
  const bundle = await rolldown({
    input: ENTRY,
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
}
