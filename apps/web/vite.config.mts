import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments } from './build/graphql-documents.mts';
import { lean } from './build/lean.mts';
import { precompress } from './build/precompress.mts';
import { primevueTheme } from './build/primevue-theme.mts';
import { shellPreload } from './build/shell-preload.mts';

/** Absolute path of a file next to this config (npm scripts run Vite from the repository root). */
const here = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

// The API of `npm run dev` listens on PORT (3000 by default).
const api = `http://localhost:${process.env['PORT'] || 3000}`;

/**
 * What every page behind the sign-in loads, in a few chunks instead of dozens of 1–5 KB ones (each a request on a
 * slow network: the organisations page made 72 requests, 59 of them scripts). None of these modules is loaded by the
 * sign-in page (its entry, router, session check and form stay as they are; apps/web-e2e/sign-in-load.test.mjs
 * checks its scripts against their budget):
 * - `app-shell`: urql, the shell (layout/app-shell.ts), the layout and its services (toast, confirmation dialog), the
 *   icons these and the form controls draw, every Russian text (i18n/ru.ts, the modules' `*.i18n.ts`, the enum labels
 *   of libs/shared) — one chunk where the texts were a second wave of 13 requests after the shell's own;
 * - `icons`: PrimeVue's other icons (the DataTable's sort, filter and pager icons, the Password's…), one chunk loaded
 *   by the pages that draw them (a list; not the heatmap's nor the route page's first paint: ~10 KB brotli less);
 * - `datatable`: PrimeVue's DataTable and its paginator with the lists' shell (common/ListPage.vue); the heatmap's and
 *   the route page's first paint do without it (one chunk: a list loads it at once, those two pages later, if at all);
 * - `controls`: the form controls the pages share (and DataTable imports itself);
 * - `app-common`: the app's shared helpers and shells (src/common, the GraphQL client's helpers), but for the URL's
 *   list state and the formats (a page's early query, graphql/early.ts, reads them before this chunk and the PrimeVue
 *   controls it imports have arrived) and the lists' shell (in `datatable`).
 */
const SRC = String.raw`apps[\\/]web[\\/]src[\\/]`;
const shellGroups = [
  {
    name: 'app-shell',
    test: new RegExp(
      String.raw`node_modules[\\/](@urql|wonka)[\\/]|node_modules[\\/]primevue[\\/](button|toast|confirmdialog|dialog|baseicon)[\\/]` +
        String.raw`|node_modules[\\/]@primevue[\\/]icons[\\/](baseicon|check|exclamationtriangle|infocircle|spinner|times|timescircle|windowmaximize|windowminimize|angledown|angleup|blank|chevrondown|minus|search)[\\/]` +
        String.raw`|${SRC}layout[\\/](app-shell|AppLayout|AppServices|useMenu|useMenuDrawer)\b|${SRC}graphql[\\/]client\b` +
        String.raw`|${SRC}common[\\/](notifier|toast-host|useEnumLabels)\b|${SRC}i18n[\\/](ru|primevue-ru)\b|${SRC}(?!layout[\\/]layout\.i18n).*\.i18n\.ts` +
        String.raw`|libs[\\/]shared[\\/]src[\\/](?!enums\b|index\b|limits\b)\w[\w-]*\.ts`,
    ),
    includeDependenciesRecursively: false,
  },
  {
    name: 'icons',
    test: /node_modules[\\/]@primevue[\\/]icons[\\/]/,
    includeDependenciesRecursively: false,
  },
  {
    name: 'datatable',
    test: new RegExp(String.raw`node_modules[\\/]primevue[\\/](datatable|column|columngroup|row|paginator)[\\/]|${SRC}common[\\/]ListPage\.vue`),
    includeDependenciesRecursively: false,
  },
  {
    name: 'controls',
    test: /node_modules[\\/]primevue[\\/](select|multiselect|inputtext|inputnumber|checkbox|radiobutton|message|progressbar|progressspinner|skeleton|tag|selectbutton|togglebutton|textarea|toggleswitch|virtualscroller|iconfield|inputicon|badge|chip)[\\/]/,
    includeDependenciesRecursively: false,
  },
  {
    name: 'app-common',
    test: new RegExp(String.raw`${SRC}common[\\/](?!list[\\/]list-query\b|format\b|ListPage\.vue)|${SRC}graphql[\\/](?!plain-request|print|early|useServerErrors|errors)`),
    includeDependenciesRecursively: false,
  },
];

export default defineConfig({
  root: here('.'),
  // Keep Vite's and Vitest's caches in the root node_modules, not in apps/web.
  cacheDir: here('../../node_modules/.vite/web'),
  // Production builds: each page's GraphQL documents in its own chunk; PrimeVue's theme as a stylesheet computed at
  // build time for the components the app uses (also in dev); no i18n message compiler, no ripple (build/lean.mts); the
  // session check, the first page's queries and the app's shell asked for from index.html (build/shell-preload.mts); assets precompressed (.br, .gz).
  plugins: [graphqlDocuments(here('./src/gql')), primevueTheme(here('./src'), here('../../node_modules')), lean(), vue(), shellPreload({ src: here('./src'), gql: here('./src/gql'), shared: here('../../libs/shared/src/index.ts') }), precompress()],
  resolve: {
    alias: {
      '@metodset/shared': here('../../libs/shared/src/index.ts'),
      '@': here('./src'),
    },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the modules named here (not Vue and other libraries they import, which stay where they were).
          includeDependenciesRecursively: false,
          // PrimeVue's core (base component, theming core, services, icons and the helpers its components share) in
          // one chunk of the app's shell: every page behind the sign-in needs it, and a page fetched it as a dozen
          // chunks of 1–5 KB (each a request on a slow network). The sign-in page loads none of it.
          groups: [
            {
              name: 'primevue-core',
              test: /node_modules[\\/](@primeuix|@primevue[\\/]core)[\\/]|node_modules[\\/]primevue[\\/](utils|portal|focustrap|zindex|basedirective|baseinput|baseeditableholder|overlayeventbus|config|service|api|usetoast|useconfirm|toasteventbus|confirmationeventbus)[\\/]|metodset:ripple-off/,
            },
            ...shellGroups,
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/ical': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  test: {
    dir: here('../..'),
    include: ['apps/web/src/**/*.spec.ts'],
    environment: 'jsdom',
    // Specs wait for states through src/test/wait.ts (30 s bound); a test or hook may take longer than vitest's 5 s
    // default on a busy machine without being wrong, so only a hang fails on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
