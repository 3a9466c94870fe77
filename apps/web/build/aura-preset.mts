import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:aura-preset';
const REST = 'virtual:aura-preset/rest';
const primevueImport = /(?:from\s*|import\s*\(\s*)['"]primevue\/([a-z]+)['"]/g;

/** Every file under `dir` (recursively) whose name ends with one of `exts`. */
function sources(dir: string, exts: RegExp, skip: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (skip.test(p)) continue;
    if (e.isDirectory()) out.push(...sources(p, exts, skip));
    else if (exts.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * `virtual:aura-preset`: PrimeVue's Aura preset with the design tokens of only the components the SPA can load.
 * `@primeuix/themes/aura` carries the tokens of all ~90 components (18 KB gzip on the first page, most never used).
 * In a production build this module imports Aura's base and the tokens of every `primevue/<name>` imported under
 * `srcDir` and, transitively, of the PrimeVue components those import (a DataTable brings its Paginator, Select,
 * Checkbox…), so a component can never appear without its tokens. Only the tokens of `firstPage` (the sign-in page's
 * components) are in it; `virtual:aura-preset/rest` has the others, which theme.ts adds (PrimeVue's usePreset) before
 * the first page behind the sign-in. Dev server and vitest get the whole preset and an empty rest.
 */
export function auraPreset(srcDir: string, nodeModules: string, firstPage: readonly string[]): Plugin {
  let build = false;
  return {
    name: 'metodset:aura-preset',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === ID || id === REST ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${ID}` && id !== `\0${REST}`) return null;
      const rest = id === `\0${REST}`;
      if (!build) return rest ? 'export default {};' : `export { default } from '@primeuix/themes/aura';`;
      const aura = join(nodeModules, '@primeuix/themes/dist/aura');
      const used = new Set<string>();
      const queue: string[] = [];
      const scan = (code: string) => {
        for (const m of code.matchAll(primevueImport)) {
          if (!m[1] || used.has(m[1])) continue;
          used.add(m[1]);
          queue.push(m[1]);
        }
      };
      for (const f of sources(srcDir, /\.(ts|vue)$/, /\/gql\/|\.spec\.ts$/)) scan(readFileSync(f, 'utf8'));
      while (queue.length) {
        const name = queue.shift() as string;
        const dir = join(nodeModules, 'primevue', name);
        if (!existsSync(dir)) continue;
        for (const f of sources(dir, /\.mjs$/, /\.map$/)) scan(readFileSync(f, 'utf8'));
      }
      const all = [...used].filter((n) => existsSync(join(aura, n, 'index.mjs'))).sort();
      for (const n of all) this.addWatchFile(join(aura, n, 'index.mjs'));
      const tokens = all.filter((n) => firstPage.includes(n) !== rest);
      if (rest) {
        return [
          ...tokens.map((n, i) => `import t${i} from '@primeuix/themes/aura/${n}';`),
          `export default { ${tokens.map((n, i) => `${n}: t${i}`).join(', ')} };`,
        ].join('\n');
      }
      return [
        `import base from '@primeuix/themes/aura/base';`,
        `import css from '@primeuix/themes/aura/css';`,
        ...tokens.map((n, i) => `import t${i} from '@primeuix/themes/aura/${n}';`),
        `export default { ...base, components: { ${tokens.map((n, i) => `${n}: t${i}`).join(', ')} }, css };`,
      ].join('\n');
    },
  };
}
