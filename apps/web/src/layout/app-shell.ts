import urql from '@urql/vue';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import type { App } from 'vue';
import type { Router } from 'vue-router';
import { notify } from '@/common/notifier';
import { loadToast } from '@/common/toast-host';
import { createGraphqlClient } from '@/graphql/client';
import { loadAllMessages, type AppI18n } from '@/i18n/setup';
import { loginLocation } from '@/modules/auth/auth.guard';
import type { SessionStore } from '@/modules/auth/session.store';
import { primeVueOptions, reserveCoreStyles } from '@/theme';
import AppServices from './AppServices.vue';
import { shellServices } from './shell-state';

export interface ShellDeps {
  i18n: AppI18n;
  router: Router;
  session: SessionStore;
}

/**
 * What every page behind the sign-in needs and the sign-in page does without (a chunk of its own, main.ts): urql
 * with the app's GraphQL client, PrimeVue with its theme (a stylesheet built ahead, theme.ts), the toast and confirmation
 * services and their components, every Russian text. Installed on the already created app, before the first page
 * behind the sign-in is shown (a plugin's provide reaches every component created after it).
 */
export async function installAppShell(app: App, { i18n, router, session }: ShellDeps): Promise<void> {
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
  // Every page's useToast() finds the toast area mounted, and the texts are all there.
  await Promise.all([loadAllMessages(i18n), loadToast()]);
  app.use(urql, client);
  reserveCoreStyles();
  app.use(PrimeVue, primeVueOptions);
  app.use(ToastService);
  app.use(ConfirmationService);
  shellServices.value = AppServices;
}
