import { existsSync, readdirSync } from 'node:fs';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments } from './build/graphql-documents.mts';
import { lean } from './build/lean.mts';
import { precompress } from './build/precompress.mts';
import { primevueInstall } from './build/primevue-install.mts';
import { primevueTheme } from './build/primevue-theme.mts';
import { shellPreload } from './build/shell-preload.mts';
import { textsPerModule } from './build/texts.mts';

/** Absolute path of a file next to this config (npm scripts run Vite from the repository root). */
const here = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

// The API of `npm run dev` listens on PORT (3000 by default).
const api = `http://localhost:${process.env['PORT'] || 3000}`;

/**
 * What every page behind the sign-in loads, in a few chunks instead of dozens of 1–5 KB ones (each a request on a
 * slow network: the organisations page made 72 requests, 59 of them scripts). None of these modules is loaded by the
 * sign-in page (its entry, router, session check and form stay as they are; apps/web-e2e/sign-in-load.test.mjs
 * checks its scripts against their budget):
 * - `app-shell`: urql (with its GraphQL parser), the shell (layout/app-shell.ts, PrimeVue's base theme: once a chunk
 *   and a stylesheet of 1–4 KB of their own), the layout (plain elements: no PrimeVue component), the hold of the
 *   toast and confirmation services' events (layout/held-services.ts), the modules' menus and the sign-out (once the
 *   layout's own 1 KB chunk), the enum labels of libs/shared. No PrimeVue component: the toast area and the
 *   confirmation dialog (layout/AppServices.vue, a chunk of its own) come on first need. No chunk imports one that
 *   imports it back: while the shell imported `controls` (for Badge) and `controls` the shell's icons, the controls
 *   were evaluated first and drew no icon (a Select no arrow; apps/web-e2e/texts.test.mjs fails on such an element).
 *   The Russian texts are no longer here: each module brings its own (build/texts.mts);
 * - `icons`: PrimeVue's icons (the controls', the DataTable's sort, filter and pager icons, the Password's…), one
 *   chunk loaded by the pages that draw them (not the organisations list's first paint, whose sort icons are
 *   common/controls/SortIcon.vue);
 * - `list-shell`: the lists' shell (common/ListPage.vue, which draws its table itself with the DataTable's classes)
 *   with the DataTable's part of the theme (the shell's table and DataTable both use it); its Paginator, drawn after
 *   the rows, is loaded then (with its page size's Select, in `pickers`);
 * - `datatable`: PrimeVue's DataTable, for the pages that draw one (a card's tables, dialogs): not the lists' first
 *   paint (~25 KB brotli less on every list since the shell draws a plain table), nor the heatmap's or the route page's;
 * - `pickers`: Select, MultiSelect, InputNumber (with the VirtualScroller), Paginator: the forms and a few lists draw them; the
 *   filter bars of the lists and the heatmap load them on a picker's first use (common/controls/FirstUseSelect.vue,
 *   which draws the closed picker until then: Select's and MultiSelect's parts of the theme are in the shell's
 *   stylesheet), the route page's first paint does not (its edit dialog's MultiSelect is loaded when it opens);
 * - `page-basics`: the URL's list state (common/list/list-query.ts, the organisation filter's), the formats and the
 *   limits of libs/shared: four chunks of 0.1–0.7 KB that nearly every page loads (a page's early query reads them,
 *   so no PrimeVue here: graphql/early.ts does not wait for it);
 * - `errors`: the GraphQL errors' helpers, two chunks the sign-in page and nearly every page load (one request less);
 * - `<module>.graphql`: a module's documents with its early module (`<module>.early.ts`, which imports them) — one
 *   request less for the pages with an early query; `territory.graphql` with useTerritory.ts (of the 87 lists 29 load
 *   the documents, 15 of them the composable too: one request less for those, 0.3 KB more for the others);
 * - `controls`: the lighter components the pages share (a button, a tag, a message, a text box…, the toast, the
 *   dialog and the confirmation dialog) and the tooltip (a chunk of its own before: of the 87 lists of the routes'
 *   first pages all load the controls, 84 the tooltip). Not the card (43 of them): its part of the theme would be a
 *   stylesheet of this chunk, one request more for the others. The organisations list draws none of them first;
 * - `app-controls`: the shared components of src/common drawn with those controls (FormPage, FormField, the PDF
 *   job's progress…): apart from `app-common`, which every list loads, so that a list does not load the controls
 *   through them. Not PageState, drawn with common/controls' light ones: the route page and the heatmap draw it first;
 * - `app-common`: the app's shared helpers and shells (src/common, the GraphQL client's helpers), but for the URL's
 *   list state and the formats (`page-basics`), the lists' shell (in `list-shell`) and `app-controls`.
 *   Not with the controls (one request less for 84 of the 87 lists): the home page, which loads the controls
 *   alone, would load 7.5 KB more.
 * Each request costs a slow phone's network a round trip (Lighthouse's simulation: 150 ms, six connections), so the
 * groups merge the small chunks that (nearly) every page loads together, never putting another page's code on the
 * sign-in page (its files: the entry, the Vue runtime, its own chunk, `errors`). Per first page (requests / brotli KB
 * of JS and CSS, round 23): organisations 37 → 27 / 239 → 237, heatmap 35 → 25 / 198 → 196, route 33 → 23 / 178 →
 * 176; the sign-in page one request less (`errors`).
 * The part of the theme of each PrimeVue component in `datatable`, `pickers` and the pages' own chunks is CSS of that
 * chunk (`THEME_IN_SHELL`, build/primevue-theme.mts).
 */
const alias = {
  '@metodset/shared': here('../../libs/shared/src/index.ts'),
  '@': here('./src'),
};

const SRC = String.raw`apps[\\/]web[\\/]src[\\/]`;
/** A PrimeVue component's modules, and its part of the theme (build/primevue-theme.mts): `${PV}(names)${PV_END}`. */
const PV = String.raw`(?:node_modules[\\/]primevue[\\/]|virtual:primevue-theme\/)`;
const PV_END = String.raw`(?:[\\/]|\.css$)`;
/**
 * The PrimeVue components whose part of the theme is in the shell's stylesheet: those of the `app-shell` and
 * `controls` chunks (every page behind the sign-in loads them), and Select's and MultiSelect's (the filter bars draw
 * them closed before their chunk is loaded, common/controls/FirstUseSelect.vue). The others' parts come as CSS of their own chunks
 * (build/primevue-theme.mts).
 */
const THEME_IN_SHELL = ['button', 'badge', 'toast', 'confirmdialog', 'dialog', 'inputtext', 'checkbox', 'radiobutton', 'message', 'progressbar', 'progressspinner', 'skeleton', 'tag', 'selectbutton', 'togglebutton', 'textarea', 'toggleswitch', 'iconfield', 'inputicon', 'chip', 'tooltip', 'select', 'multiselect'];
/** The modules with an early module (`modules/<name>/<name>.early.ts`, a route's `meta.early`). */
const EARLY_MODULES = readdirSync(here('./src/modules')).filter((m) => existsSync(here(`./src/modules/${m}/${m}.early.ts`)));
const shellGroups = [
  {
    name: 'app-shell',
    test: new RegExp(
      String.raw`node_modules[\\/](@urql|wonka|@0no-co[\\/]graphql\.web)[\\/]` +
        String.raw`|virtual:primevue-theme\.css$|${SRC}theme\.ts$|${SRC}modules[\\/]\w+[\\/][\w-]+-menu\.ts$|${SRC}modules[\\/]auth[\\/]useLogout\.ts$` +
        String.raw`|${SRC}layout[\\/](app-shell|AppLayout|held-services|primevue-app|useMenu|useMenuDrawer)\b|${SRC}graphql[\\/]client\b` +
        String.raw`|${SRC}common[\\/](notifier|useEnumLabels)\b|${SRC}i18n[\\/]primevue-ru\b` +
        // The toast and confirmation services and their event buses (the shell installs them; PrimeVue's core comes
        // with its first component, layout/primevue-app.ts).
        String.raw`|node_modules[\\/]primevue[\\/](usetoast|useconfirm|toasteventbus|confirmationeventbus|toastservice|confirmationservice)[\\/]|node_modules[\\/]@primeuix[\\/]utils[\\/]dist[\\/]eventbus[\\/]` +
        String.raw`|libs[\\/]shared[\\/]src[\\/](?!enums\b|index\b|limits\b)\w[\w-]*\.ts`,
    ),
    includeDependenciesRecursively: false,
  },
  {
    name: 'icons',
    test: /node_modules[\\/]@primevue[\\/]icons[\\/](?!(baseicon|check|minus|spinner|times|timescircle|windowmaximize|windowminimize|exclamationtriangle|infocircle)[\\/])/,
    includeDependenciesRecursively: false,
  },
  {
    name: 'list-shell',
    test: new RegExp(String.raw`virtual:primevue-theme\/datatable\.css$|${SRC}common[\\/]ListPage\.vue`),
    includeDependenciesRecursively: false,
  },
  {
    name: 'datatable',
    test: /node_modules[\\/]primevue[\\/](datatable|column|columngroup|row)[\\/]/,
    includeDependenciesRecursively: false,
  },
  {
    name: 'pickers',
    test: new RegExp(String.raw`${PV}(select|multiselect|inputnumber|virtualscroller|paginator)${PV_END}`),
    includeDependenciesRecursively: false,
  },
  {
    name: 'controls',
    test: new RegExp(
      String.raw`${PV}(button|badge|toast|dialog|inputtext|checkbox|radiobutton|message|progressbar|progressspinner|skeleton|tag|selectbutton|togglebutton|textarea|toggleswitch|iconfield|inputicon|chip|tooltip)${PV_END}` +
        // The icons these draw (else this chunk would import `icons`, which imports this one for BaseIcon).
        String.raw`|node_modules[\\/]@primevue[\\/]icons[\\/](baseicon|check|minus|spinner|times|timescircle|windowmaximize|windowminimize|exclamationtriangle|infocircle)[\\/]` +
        // The shared components of src/common drawn with them.
        String.raw`|${SRC}common[\\/](DemoDataBadge|FormField|FormPage|NotFoundPage|UndoToast|jobs[\\/]JobProgress)\.vue\b`,
    ),
    includeDependenciesRecursively: false,
  },
  {
    name: 'page-basics',
    test: new RegExp(String.raw`${SRC}common[\\/](list[\\/]list-query|format)\.ts$|${SRC}modules[\\/]organization[\\/]organization-list-state\.ts$|libs[\\/]shared[\\/]src[\\/]limits\.ts$`),
    includeDependenciesRecursively: false,
  },
  {
    name: 'errors',
    test: new RegExp(String.raw`${SRC}graphql[\\/](errors|useServerErrors)\.ts$`),
    includeDependenciesRecursively: false,
  },
  {
    // The territories' documents with the composable that asks them (the lists' municipality filters).
    name: 'territory.graphql',
    test: new RegExp(String.raw`${SRC}modules[\\/]territory[\\/](territory\.graphql|useTerritory)\.ts$`),
    includeDependenciesRecursively: false,
  },
  {
    // A page's early module with its module's documents (which it imports): `<module>.graphql`.
    name: (id: string) => {
      const m = new RegExp(String.raw`${SRC}modules[\\/](\w+)[\\/]\1\.(?:early|graphql)\.ts$`).exec(id);
      return m && EARLY_MODULES.includes(m[1] as string) ? `${m[1]}.graphql` : null;
    },
    includeDependenciesRecursively: false,
  },
  {
    name: 'app-common',
    test: new RegExp(
      String.raw`${SRC}common[\\/](?!list[\\/]list-query\b|format\b|ListPage\.vue)|${SRC}graphql[\\/](?!plain-request|print|early|useServerErrors|errors)`,
    ),
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
  plugins: [
    graphqlDocuments(here('./src/gql')),
    primevueTheme(here('./src'), here('../../node_modules'), THEME_IN_SHELL),
    primevueInstall(here('./src/layout/primevue-install.ts')),
    lean(),
    vue(),
    textsPerModule(here('./src'), alias),
    shellPreload({ src: here('./src'), gql: here('./src/gql'), shared: here('../../libs/shared/src/index.ts') }),
    precompress(),
  ],
  resolve: { alias },
  define: {
    // Replaced by `true` in production builds (build/texts.mts).
    __TEXTS_PER_MODULE__: 'false',
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
          // PrimeVue's core (its configuration, base component, theming core and the helpers its components share,
          // with the module that installs the configuration, layout/primevue-install.ts) in one chunk, loaded with the
          // first PrimeVue component a page loads (build/primevue-install.mts): a page fetched it as a dozen chunks of
          // 1–5 KB (each a request on a slow network). The sign-in page, the lists, the heatmap and a route's head
          // load none of it before they are drawn; the toast and confirmation services are the shell's.
          groups: [
            {
              name: 'primevue-core',
              test: /node_modules[\\/](@primeuix[\\/](?!utils[\\/]dist[\\/]eventbus[\\/])|@primevue[\\/]core[\\/])|node_modules[\\/]primevue[\\/](utils|portal|focustrap|zindex|basedirective|baseinput|baseeditableholder|overlayeventbus|config|service|api)[\\/]|metodset:ripple-off|apps[\\/]web[\\/]src[\\/]layout[\\/]primevue-install\.ts$/,
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
    // Tracks timers so that no spec file's timer fires after its jsdom is gone (src/test/pending-timers.ts).
    setupFiles: [here('src/test/setup.ts')],
    // Specs wait for states through src/test/wait.ts (30 s bound); a test or hook may take longer than vitest's 5 s
    // default on a busy machine without being wrong, so only a hang fails on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
