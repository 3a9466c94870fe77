import type { Plugin } from 'vite';

const RIPPLE_OFF = '\0metodset:ripple-off';

/**
 * Production builds: two libraries' parts the app never runs, left out of the first page's scripts.
 * - vue-i18n's message compiler (~7 KB gzip): dropped with vue-i18n's own feature flag
 *   `__INTLIFY_DROP_MESSAGE_COMPILER__`; the app's own compiler of the syntax its texts use compiles them instead
 *   (src/i18n/compile.ts, set in i18n/setup.ts for production; compile.spec.ts proves the same output for every text).
 * - PrimeVue's Ripple directive and its BaseDirective (~6 KB gzip, pulled in by Button): ripple is off in this app
 *   (PrimeVue's default; theme.ts does not turn it on), where the directive only checks that and does nothing; an
 *   empty directive does the same.
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
  };
}
