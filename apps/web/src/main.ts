import 'primeicons/primeicons.css';
import './styles.css';
import urql from '@urql/vue';
import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { createApp } from 'vue';
import App from './App.vue';
import { notify } from './common/notifier';
import { loadToast } from './common/toast-host';
import { createGraphqlClient } from './graphql/client';
import { core } from './i18n/core';
import { createI18nWith, loadAllMessages } from './i18n/setup';
import { installAuthGuard, loginLocation } from './modules/auth/auth.guard';
import { useSessionStore } from './modules/auth/session.store';
import { createAppRouter } from './router';
import { loadThemeTokens, primeVueOptions } from './theme';

const app = createApp(App);
// The sign-in page's texts only; the rest come with the first page behind the sign-in (or once the sign-in page is idle).
const i18n = createI18nWith(core);
const pinia = createPinia();
const router = createAppRouter();
app.use(pinia);
const session = useSessionStore(pinia);

let lastNetworkToast = 0;
const client = createGraphqlClient({
  onUnauthenticated() {
    const current = router.currentRoute.value;
    if (current.name === 'login' || !session.isAuthenticated) return;
    session.clear();
    notify({ severity: 'warn', summary: i18n.global.t('common.errorTitle'), detail: i18n.global.t('auth.sessionExpired') });
    void router.replace(loginLocation(current));
  },
  onNetworkError() {
    // One toast per burst: a page may run several queries at once.
    if (Date.now() - lastNetworkToast < 3000) return;
    lastNetworkToast = Date.now();
    notify({ severity: 'error', summary: i18n.global.t('common.errorTitle'), detail: i18n.global.t('common.networkError') });
  },
});

installAuthGuard(router, client, session);
router.beforeEach(async (to) => {
  // Every page behind the sign-in has all the texts, the toast area (a page's useToast() finds it mounted) and the
  // theme tokens of all components.
  if (to.name !== 'login') await Promise.all([loadAllMessages(i18n), loadToast(), loadThemeTokens()]);
});
app.use(i18n);
app.use(router);
app.use(urql, client);
app.use(PrimeVue, primeVueOptions);
app.use(ToastService);
app.use(ConfirmationService);

// Mounted even when the first page's code could not be loaded: the app then says so (layout/PageLoadError.vue).
void router
  .isReady()
  .catch(() => undefined)
  .then(() => {
    app.mount('#app');
    // On the sign-in page, the other texts and theme tokens are fetched once it has nothing else to do (not on its critical path).
    if (router.currentRoute.value.name === 'login') {
      const later = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 2000));
      later(() => void Promise.all([loadAllMessages(i18n), loadThemeTokens()]).catch(() => undefined));
    }
  });
