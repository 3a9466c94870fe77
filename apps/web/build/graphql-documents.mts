import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** The generated documents (gql/graphql.ts), looked up by their text as gql/gql.ts's own `graphql()` does. */
export function loadDocuments(gqlDir: string): (source: string) => unknown {
  const load = (file: string, require: (p: string) => unknown): Record<string, unknown> => {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    const module = { exports: {} as Record<string, unknown> };
    new Function('exports', 'require', 'module', js)(module.exports, require, module);
    return module.exports;
  };
  const types = load(`${gqlDir}/graphql.ts`, () => ({}));
  const gql = load(`${gqlDir}/gql.ts`, (p) => {
    if (p !== './graphql') throw new Error(`gql.ts requires ${p}`);
    return types;
  });
  return gql['graphql'] as (source: string) => unknown;
}

/** The `graphql(`…`)` calls of a module's source. */
export const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * Production builds only: every `graphql(`…`)` call of the SPA becomes the document itself, inlined where it is
 * written, and the `import { graphql } from '@/gql'` left unused is dropped. What the client preset's babel/swc plugin does
 * (https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size), except that it
 * inlines the document instead of importing it from `gql/graphql.ts`: Rollup/Rolldown split code by module, so an
 * import would put the documents of every page into one shared chunk that the first page already loads. Inlined,
 * each page's documents travel in its own chunk, and `gql/gql.ts` (every document, twice) is not shipped at all.
 *
 * The documents are the generated ones (gql/graphql.ts, looked up through gql/gql.ts's own `graphql()`), so
 * fragments, names and types are exactly what `npm run codegen` made and what the type checker sees. A call whose
 * text is not among them (codegen not run) fails the build, where at run time it would silently be `{}`.
 * Dev server and vitest keep the generated `graphql()` as it is.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  let lookup: (source: string) => unknown = () => ({});
  const call = GRAPHQL_CALL;
  return {
    name: 'metodset:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      lookup = loadDocuments(gqlDir);
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      // Nothing in gql/ does anything when loaded: once no call is left, the unused import drops the whole folder.
      if (file.startsWith(gqlDir)) return { code, map: null, moduleSideEffects: false };
      if (!/\.(ts|vue)$/.test(file) || !code.includes('graphql(')) return null;
      let replaced = 0;
      const out = code.replace(call, (_all, source: string) => {
        if (source.includes('\\') || source.includes('${')) this.error(`${file}: a graphql() document with escapes or \${} cannot be looked up`);
        const doc = lookup(source) as { kind?: string };
        if (doc?.kind !== 'Document') {
          const name = /(query|mutation|subscription|fragment)\s+\w+/.exec(source)?.[0] ?? source.trim().slice(0, 60);
          this.error(`${file}: «${name}» is not among the generated documents in apps/web/src/gql — run \`npm run codegen\``);
        }
        replaced++;
        return `(${JSON.stringify(doc)})`;
      });
      return replaced ? { code: out, map: null } : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const shipped = Object.keys(chunk.modules).find((m) => m.startsWith(gqlDir));
        if (shipped) this.error(`${shipped} is in ${chunk.fileName}: a graphql() call was not inlined (or something imports @/gql at run time)`);
      }
    },
  };
}
