import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { metodsetPreset, themeOptions } from '../src/theme-preset';

const ID = 'virtual:primevue-theme.css';
const RESOLVED = `\0${ID}`;
const EMPTY_STYLE = '\0metodset:primeuix-style-empty';
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
 * The PrimeVue components the SPA can load: every `primevue/<name>` imported under `srcDir` and, transitively, the
 * PrimeVue components those import (a DataTable brings its Paginator, Select, Checkbox…).
 */
export function usedComponents(srcDir: string, nodeModules: string): string[] {
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
  return [...used].filter((n) => existsSync(join(nodeModules, 'primevue', n, 'style', 'index.mjs'))).sort();
}

interface ComponentStyle {
  name: string;
  style?: unknown;
  getComponentTheme?: () => { css?: string; style?: string } | undefined;
}

/**
 * The CSS PrimeVue's styled mode would write into `<style>` elements at run time, computed here in Node once: the
 * theme's variables (primitive, semantic, global), the global style, and each used component's variables and style,
 * each exactly as `BaseComponent._loadThemeStyles` and PrimeVue's config compute them (same functions, same preset).
 * Component order: alphabetical (PrimeVue's component styles do not depend on their order; at run time it was the
 * order the components were first mounted in).
 */
export async function themeCss(components: readonly string[]): Promise<string> {
  const [{ Theme, css }, { minifyCSS }, { default: BaseStyle }, { default: Aura }] = await Promise.all([
    import('@primeuix/styled'),
    import('@primeuix/utils/object'),
    import('@primevue/core/base/style'),
    import('@primeuix/themes/aura'),
  ]);
  Theme.setTheme({ preset: metodsetPreset(Aura), options: themeOptions });
  // css`${x}`: a template (a string or a function of `dt`) resolved against the theme, as BaseStyle.load does.
  const tag = (x: unknown): string => (x ? ((css as (s: readonly string[], ...v: unknown[]) => string | undefined)(['', ''], x) ?? '') : '');
  const vars = (s: string | undefined) => (s ? minifyCSS(tag(s)) : '');
  const styled = (name: string, own: unknown, preset: unknown) => minifyCSS(Theme.transformCSS(name, `${tag(own)}${tag(preset)}`));
  const out: string[] = [];
  const add = (id: string, text: string | undefined) => {
    if (text) out.push(`/* ${id} */\n${text}`);
  };
  const common = (BaseStyle as unknown as { getCommonTheme: () => Record<string, { css?: string } | string | undefined> }).getCommonTheme();
  add('primitive-variables', vars((common['primitive'] as { css?: string } | undefined)?.css));
  add('semantic-variables', vars((common['semantic'] as { css?: string } | undefined)?.css));
  add('global-variables', vars((common['global'] as { css?: string } | undefined)?.css));
  add('global-style', styled('global-style', (BaseStyle as unknown as ComponentStyle).style, common['style']));
  const seen = new Set<string>();
  for (const name of components) {
    const { default: S } = (await import(`primevue/${name}/style`)) as { default: ComponentStyle };
    if (!S?.name || seen.has(S.name)) continue;
    seen.add(S.name);
    const theme = S.getComponentTheme?.() ?? {};
    add(`${S.name}-variables`, vars(theme.css));
    add(`${S.name}-style`, styled(`${S.name}-style`, S.style, theme.style));
  }
  return out.join('\n');
}

/**
 * `virtual:primevue-theme.css`: PrimeVue's theme (Aura with the app's overrides, src/theme-preset.ts) as a static
 * stylesheet, computed at build time for the components the app uses. PrimeVue runs with `theme: 'none'`
 * (src/theme.ts), so no design token is turned into CSS in the browser; the stylesheet is a hashed CSS file of the
 * app's shell, loaded with it. In a production build the components' own CSS templates (`@primeuix/styles/<name>`,
 * read only in styled mode) are left out of the scripts.
 */
export function primevueTheme(srcDir: string, nodeModules: string): Plugin {
  let build = false;
  return {
    name: 'metodset:primevue-theme',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id, importer) {
      if (id === ID) return RESOLVED;
      // The CSS templates of the components, used only when PrimeVue writes its theme at run time.
      if (build && /^@primeuix\/styles\/[a-z]+$/.test(id) && importer && !importer.startsWith('\0')) return EMPTY_STYLE;
      return null;
    },
    async load(id) {
      if (id === EMPTY_STYLE) return `export const style = '';`;
      if (id !== RESOLVED) return null;
      const components = usedComponents(srcDir, nodeModules);
      for (const n of components) this.addWatchFile(join(nodeModules, 'primevue', n, 'style', 'index.mjs'));
      return themeCss(components);
    },
  };
}
