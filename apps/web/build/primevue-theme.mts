import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { metodsetPreset, themeOptions } from '../src/theme-preset';

const ID = 'virtual:primevue-theme.css';
const RESOLVED = `\0${ID}`;
const EMPTY_STYLE = '\0metodset:primeuix-style-empty';
/** One component's part of the theme (production builds): `virtual:primevue-theme/<component>.css`. */
const PART = 'virtual:primevue-theme/';
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
 * theme's variables (primitive, semantic, global) and the global style (`base`), and each used component's variables
 * and style (`components`, by the component's folder name), each exactly as `BaseComponent._loadThemeStyles` and
 * PrimeVue's config compute them (same functions, same preset). PrimeVue's component styles do not depend on their
 * order (at run time it was the order the components were first mounted in).
 */
export async function themeParts(components: readonly string[]): Promise<{ base: string; components: Map<string, string> }> {
  const [{ Theme, css }, { minifyCSS }, { default: BaseStyle }, { default: BaseIconStyle }, { default: Aura }] = await Promise.all([
    import('@primeuix/styled'),
    import('@primeuix/utils/object'),
    import('@primevue/core/base/style'),
    import('@primevue/icons/baseicon/style'),
    import('@primeuix/themes/aura'),
  ]);
  Theme.setTheme({ preset: metodsetPreset(Aura), options: themeOptions });
  // css`${x}`: a template (a string or a function of `dt`) resolved against the theme, as BaseStyle.load does.
  const tag = (x: unknown): string => (x ? ((css as (s: readonly string[], ...v: unknown[]) => string | undefined)(['', ''], x) ?? '') : '');
  const vars = (s: string | undefined) => (s ? minifyCSS(tag(s)) : '');
  const styled = (name: string, own: unknown, preset: unknown) => minifyCSS(Theme.transformCSS(name, `${tag(own)}${tag(preset)}`));
  const section = (id: string, text: string | undefined) => (text ? `/* ${id} */\n${text}` : '');
  const join = (parts: string[]) => parts.filter(Boolean).join('\n');
  const common = (BaseStyle as unknown as { getCommonTheme: () => Record<string, { css?: string } | string | undefined> }).getCommonTheme();
  const base = join([
    // PrimeVue's structural CSS (`base`: `.p-hidden-accessible`, …; `baseicon`: `.p-icon`), which it writes at run time
    // when its first component mounts: first here, so that the components' own rules win as they do then
    // (src/theme.ts `reserveCoreStyles`). A list's first render draws no PrimeVue component but draws their markup (a
    // closed Select's hidden input, the sort icons); without these rules they moved when the first component came.
    section('core-style', minifyCSS(tag((BaseStyle as unknown as { css?: unknown }).css) + tag((BaseIconStyle as unknown as { css?: unknown }).css))),
    section('primitive-variables', vars((common['primitive'] as { css?: string } | undefined)?.css)),
    section('semantic-variables', vars((common['semantic'] as { css?: string } | undefined)?.css)),
    section('global-variables', vars((common['global'] as { css?: string } | undefined)?.css)),
    section('global-style', styled('global-style', (BaseStyle as unknown as ComponentStyle).style, common['style'])),
  ]);
  const out = new Map<string, string>();
  for (const name of components) {
    const { default: S } = (await import(`primevue/${name}/style`)) as { default: ComponentStyle };
    if (!S?.name) continue;
    const theme = S.getComponentTheme?.() ?? {};
    const text = join([section(`${S.name}-variables`, vars(theme.css)), section(`${S.name}-style`, styled(`${S.name}-style`, S.style, theme.style))]);
    if (text) out.set(name, text);
  }
  return { base, components: out };
}

/** The whole theme as one stylesheet: `base`, then every component's part (once per PrimeVue style name). */
export async function themeCss(components: readonly string[]): Promise<string> {
  const parts = await themeParts(components);
  return [parts.base, ...new Set(parts.components.values())].join('\n');
}

/**
 * `virtual:primevue-theme.css`: PrimeVue's theme (Aura with the app's overrides, src/theme-preset.ts) as static CSS,
 * computed at build time for the components the app uses. PrimeVue runs with `theme: 'none'` (src/theme.ts), so no
 * design token is turned into CSS in the browser. In a production build that stylesheet (a hashed CSS file of the
 * app's shell, loaded with it) holds the theme's variables, its global style and the parts of the components
 * `inSheet` names (those every page behind the sign-in loads with the shell); every other component's part comes
 * with the component: its module (`primevue/<name>/index.mjs`) imports `virtual:primevue-theme/<name>.css`, so the
 * part is in the CSS of the chunk that has the component and is loaded before that chunk runs (a page that draws no
 * DataTable loads none of its ~22 KB of rules; the chunks that have those components have a stylesheet of their own
 * already, so no request is added). In dev all of it is in the one stylesheet (dependencies are
 * pre-bundled there, out of reach of this plugin's transform). The components' own CSS templates
 * (`@primeuix/styles/<name>`, read only in styled mode) are left out of a production build's scripts.
 */
export function primevueTheme(srcDir: string, nodeModules: string, inSheet: readonly string[] = []): Plugin {
  let build = false;
  let parts: ReturnType<typeof themeParts> | null = null;
  const components = () => usedComponents(srcDir, nodeModules);
  return {
    name: 'metodset:primevue-theme',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    buildStart() {
      parts = null;
    },
    resolveId(id, importer) {
      if (id === ID) return RESOLVED;
      if (id.startsWith(PART)) return `\0${id}`;
      // The CSS templates of the components, used only when PrimeVue writes its theme at run time.
      if (build && /^@primeuix\/styles\/[a-z]+$/.test(id) && importer && !importer.startsWith('\0')) return EMPTY_STYLE;
      return null;
    },
    async load(id) {
      if (id === EMPTY_STYLE) return `export const style = '';`;
      if (id === RESOLVED) {
        const used = components();
        for (const n of used) this.addWatchFile(join(nodeModules, 'primevue', n, 'style', 'index.mjs'));
        if (!build) return themeCss(used);
        parts ??= themeParts(used);
        const { base, components: own } = await parts;
        return [base, ...new Set(inSheet.flatMap((n) => own.get(n) ?? []))].join('\n');
      }
      if (id.startsWith(`\0${PART}`)) {
        parts ??= themeParts(components());
        return (await parts).components.get(id.slice(PART.length + 1, -'.css'.length)) ?? '';
      }
      return null;
    },
    async transform(code, id) {
      if (!build) return null;
      const name = /[\\/]node_modules[\\/]primevue[\\/]([a-z]+)[\\/]index\.mjs$/.exec(id)?.[1];
      if (!name) return null;
      parts ??= themeParts(components());
      if (inSheet.includes(name) || !(await parts).components.has(name)) return null;
      // On the module's first line, before its code: no line moves.
      return { code: `import ${JSON.stringify(`${PART}${name}.css`)};${code}`, map: null };
    },
  };
}
