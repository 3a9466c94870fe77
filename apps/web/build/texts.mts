import type { Plugin } from 'vite';
import { runnerImport } from 'vite';

/** A tree of Russian texts (i18n/ru.ts): nested objects with strings as leaves. */
export interface TextTree {
  [key: string]: string | TextTree;
}

/**
 * A quoted string that may be a text key (`'route.page.edit'`, `"enums."`), or the literal head of a template
 * (`` `route.page.actions.${a.action}` `` gives `route.page.actions.`): at least one dot, word characters between.
 */
const CANDIDATE = /(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)*\.?)(['"`]|\$\{)/g;

function lookup(tree: TextTree, path: readonly string[]): string | TextTree | undefined {
  let node: string | TextTree | undefined = tree;
  for (const part of path) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

function put(into: TextTree, path: readonly string[], value: string | TextTree): void {
  let node = into;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (typeof next === 'object') node = next;
    else node = node[part] = {};
  }
  const last = path[path.length - 1] as string;
  const existing = node[last];
  if (typeof existing === 'object' && typeof value === 'object') merge(existing, value);
  else node[last] = typeof value === 'object' ? structuredClone(value) : value;
}

function merge(into: TextTree, from: TextTree): void {
  for (const [k, v] of Object.entries(from)) put(into, [k], v);
}

/** `tree` without the leaves `base` already has with the same text (the entry's texts, i18n/core.ts). */
function without(tree: TextTree, base: TextTree | string | undefined): TextTree {
  const out: TextTree = {};
  for (const [k, v] of Object.entries(tree)) {
    const b = typeof base === 'object' ? base[k] : undefined;
    if (typeof v === 'string') {
      if (v !== b) out[k] = v;
    } else {
      const rest = without(v, b);
      if (Object.keys(rest).length) out[k] = rest;
    }
  }
  return out;
}

/**
 * The texts a module's code can ask for: every string of it that is a key of `all` (a text, or a group of texts:
 * `tm('x.y')`, a key passed on to be looked up elsewhere) and every group named by a template's or a concatenation's
 * literal head (`` t(`route.status.${s}`) `` or `'enums.' + kind`: all of `route.status`, all of `enums`). A head that
 * stops inside a word (`` `route.step${x}` ``) gives the group before its last dot. Strings that only look like keys
 * (a file name) find nothing and add nothing; a key built from pieces none of which is a literal key or head of this
 * module is not found: the browser test apps/web-e2e/texts.test.mjs fails on any text a page asks for and does not have.
 */
export function textsOf(code: string, all: TextTree): TextTree {
  const out: TextTree = {};
  for (const m of code.matchAll(CANDIDATE)) {
    const text = m[2] as string;
    const closed = m[3] === m[1];
    if (!text.includes('.') || (!closed && (m[1] !== '`' || m[3] !== '${'))) continue;
    const head = !closed || text.endsWith('.');
    const path = text.split('.');
    if (head) path.pop();
    if (!path.length || path.some((p) => p === '')) continue;
    const value = lookup(all, path);
    if (value === undefined || (head && typeof value !== 'object')) continue;
    put(out, path, value);
  }
  return out;
}

const ADD = '__metodsetAddTexts';

/**
 * Texts per module (production builds): instead of every Russian text (i18n/ru.ts, ~20 KB brotli) in the app's shell,
 * each module of the SPA carries the texts its own code names (`textsOf`) and adds them to the app's texts as it is
 * evaluated — before its body runs, so before anything it renders or exports is used (i18n/texts.ts). A page's chunk
 * thus brings the texts of the page, the layout's chunk the menu's labels; a text several modules name is in each of
 * their chunks. The entry's own texts (i18n/core.ts: the sign-in page, the layout) are never repeated. Dev and the
 * specs load all of `ru.ts` at once (i18n/setup.ts `loadAllMessages`; `__TEXTS_PER_MODULE__` is false there).
 */
export function textsPerModule(srcDir: string, alias: Record<string, string>): Plugin {
  let all: TextTree = {};
  let core: TextTree = {};
  const src = srcDir.replace(/\/?$/, '/');
  const registry = `${src}i18n/texts.ts`;
  return {
    name: 'metodset:texts-per-module',
    apply: 'build',
    enforce: 'post',
    config: () => ({ define: { __TEXTS_PER_MODULE__: 'true' } }),
    async buildStart() {
      const load = async <T,>(file: string) =>
        (await runnerImport<T>(`${src}${file}`, { configFile: false, logLevel: 'error', resolve: { alias } })).module;
      const [ruModule, coreModule] = await Promise.all([load<{ ru: TextTree }>('i18n/ru.ts'), load<{ core: TextTree }>('i18n/core.ts')]);
      all = ruModule.ru;
      core = coreModule.core;
      for (const f of ['i18n/ru.ts', 'i18n/core.ts']) this.addWatchFile(`${src}${f}`);
    },
    transform(code, id) {
      const [file = '', query = ''] = id.split('?');
      if (!file.startsWith(src) || !/\.(ts|vue)$/.test(file) || /\.(spec|i18n)\.ts$/.test(file)) return null;
      if (/^(i18n|gql|test)\//.test(file.slice(src.length)) || /type=style/.test(query)) return null;
      const texts = without(textsOf(code, all), core);
      if (!Object.keys(texts).length) return null;
      // The call first (an import's binding is ready before the module's body runs), on the code's first line: no
      // line of the module moves.
      return { code: `${ADD}(${JSON.stringify(texts)});${code}\nimport { addTexts as ${ADD} } from ${JSON.stringify(registry)};\n`, map: null };
    },
  };
}
