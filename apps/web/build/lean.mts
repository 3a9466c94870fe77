import type { Plugin } from 'vite';

const RIPPLE_OFF = '\0metodset:ripple-off';
/** PrimeVue's base component and base directive: where every instance forgets which styles are loaded. */
const THEME_LISTENERS = /node_modules[\\/]@primevue[\\/]core[\\/]base(component|directive)[\\/]index\.mjs$/;
const CLEAR_LOADED = 'Base.clearLoadedStyleNames();';

/**
 * Production builds: two libraries' parts the app never runs, left out of the first page's scripts.
 * - vue-i18n's message compiler (~7 KB gzip): dropped with vue-i18n's own feature flag
 *   `__INTLIFY_DROP_MESSAGE_COMPILER__`; the app's own compiler of the syntax its texts use compiles them instead
 *   (src/i18n/compile.ts, set in i18n/setup.ts for production; compile.spec.ts proves the same output for every text).
 * - PrimeVue's Ripple directive and its BaseDirective (~6 KB gzip, pulled in by Button): ripple is off in this app
 *   (PrimeVue's default; theme.ts does not turn it on), where the directive only checks that and does nothing; an
 *   empty directive does the same.
 * - PrimeVue's "forget every loaded style" on each component (and directive) instance: its theme-change listener
 *   (`_themeChangeListener`) clears the set of style names already written, so every instance of every PrimeVue
 *   component (a DataTable's every cell, every icon) resolved the base CSS again and wrote it into its `<style>`
 *   element again (`useStyle`: a query, a watcher, the element's text) — a large part of a list page's mount. The
 *   set only has to be cleared when the theme changes, which never happens here (PrimeVue runs with `theme: 'none'`,
 *   the theme is a stylesheet built ahead, theme.ts); each style is now written once. The build fails if PrimeVue's
 *   code no longer has that call (an upgrade must check this again).
 * Dev server and vitest use the libraries as they are.
 */
export function lean(): Plugin {
  return {
    name: 'metodset:lean',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: true } }),
    resolveId: (id) => (id === 'primevue/ripple' ? RIPPLE_OFF : null),
    load(id) {
      return id === RIPPLE_OFF ? 'export default {};' : null;
    },
    transform(code, id) {
      if (!THEME_LISTENERS.test(id)) return null;
      if (code.split(CLEAR_LOADED).length !== 2) this.error(`metodset:lean: expected one "${CLEAR_LOADED}" in ${id}`);
      return { code: code.replace(CLEAR_LOADED, '/* metodset:lean: the theme never changes at run time */'), map: null };
    },
  };
}
