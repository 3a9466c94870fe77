import 'primeicons/primeicons.css';
import './styles.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { startIconFontGate } from './icon-font';
import { core } from './i18n/core';
import { dropEarly } from './graphql/early';
import { createI18nWith } from './i18n/setup';
import { installAuthGuard } from './modules/auth/auth.guard';
import { useSessionStore } from './modules/auth/session.store';
import { createAppRouter } from './router';

// The entry carries what the sign-in page needs: Vue, the router, Pinia, vue-i18n with the sign-in page's texts.
// PrimeVue, urql and the other texts are the app's shell (layout/app-shell.ts), a chunk loaded before the first page
// behind the sign-in, or once the sign-in page has nothing else to do.
const app = createApp(App);
const i18n = createI18nWith(core);
const pinia = createPinia();
const router = createAppRouter();
app.use(pinia);
const session = useSessionStore(pinia);

let shell: Promise<void> | null = null;
/** Installs the app's shell once; a failed load (offline) is retried on the next navigation, which it fails meanwhile. */
function loadShell(): Promise<void> {
  shell ??= import('./layout/app-shell')
    .then(({ installAppShell }) => installAppShell(app, { i18n, router, session }))
    .catch((err: unknown) => {
      shell = null;
      throw err;
    });
  return shell;
}

// The first page behind the sign-in asks for the session, then needs the shell, the layout and its own code: start
// fetching all of them at once instead of one after the other (each import is made once; the router's own call
// later finds the module loaded).
const first = router.resolve(window.location.pathname + window.location.search + window.location.hash);
if (first.name !== 'login') {
  // The page's first query, when the page says how (graphql/early.ts), first of all: its small module is not queued
  // behind the shell's; its rows no longer wait for all that follows.
  void first.meta.early?.(first).catch(() => undefined);
  void loadShell().catch(() => undefined);
  for (const record of first.matched) {
    for (const component of Object.values(record.components ?? {})) {
      // A lazily loaded component is a function without a component's marks (vue-router's own test).
      if (typeof component === 'function' && !('displayName' in component) && !('props' in component) && !('__vccOpts' in component)) {
        void Promise.resolve((component as () => unknown)()).catch(() => undefined);
      }
    }
  }
}
// An early answer the first page did not ask for is not kept once it is left (a change of its URL's query — a filter,
// the heatmap's first-visit defaults — stays on it).
router.beforeEach((to, from) => {
  if (from.matched.length && to.path !== from.path) dropEarly();
});

installAuthGuard(router, session);
router.beforeEach(async (to) => {
  if (to.name !== 'login') await loadShell();
});
app.use(i18n);
app.use(router);

// Mounted even when the first page's code could not be loaded: the app then says so (layout/PageLoadError.vue).
void router
  .isReady()
  .catch(() => undefined)
  .then(() => {
    app.mount('#app');
    startIconFontGate(router.currentRoute.value.name !== 'login');
    // On the sign-in page, the shell is fetched once the user starts signing in (a key or a click): it is ready by
    // the time the form is sent, and a visit that never signs in does not pay for it.
    if (router.currentRoute.value.name === 'login') {
      const start = () => {
        window.removeEventListener('keydown', start, true);
        window.removeEventListener('pointerdown', start, true);
        void loadShell().catch(() => undefined);
      };
      window.addEventListener('keydown', start, true);
      window.addEventListener('pointerdown', start, true);
    }
  });
