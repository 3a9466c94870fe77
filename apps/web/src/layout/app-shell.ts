import urql from '@urql/vue';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { useToast } from 'primevue/usetoast';
import { defineAsyncComponent, type App } from 'vue';
import type { Router } from 'vue-router';
import { connectNotifier, notify } from '@/common/notifier';
import { createGraphqlClient } from '@/graphql/client';
import { loadAllMessages, type AppI18n } from '@/i18n/setup';
import { loginLocation } from '@/modules/auth/auth.guard';
import type { SessionStore } from '@/modules/auth/session.store';
import { reserveCoreStyles } from '@/theme';
import { holdServiceEvents } from './held-services';
import { providePrimeVueApp } from './primevue-app';
import { shellServices } from './shell-state';

export interface ShellDeps {
  i18n: AppI18n;
  router: Router;
  session: SessionStore;
}

/**
 * What every page behind the sign-in needs and the sign-in page does without (a chunk of its own, main.ts): urql
 * with the app's GraphQL client, PrimeVue's theme (a stylesheet built ahead, theme.ts; its configuration comes with its
 * first component, primevue-app.ts), the toast and confirmation services (their components on first need), every
 * Russian text. Installed on the already created app, before the first page
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
  await loadAllMessages(i18n);
  app.use(urql, client);
  reserveCoreStyles();
  // PrimeVue's configuration is installed with its first component's code (primevue-app.ts); in dev, where PrimeVue
  // is pre-bundled out of reach of the build's transform, at once.
  providePrimeVueApp(app);
  if (import.meta.env.DEV) await import('./primevue-install');
  // The toast area and the confirmation dialog (PrimeVue's Toast, ConfirmDialog, Dialog, Button and their icons) are
  // no part of a page's first render: loaded and mounted on first need — a toast or a confirmation asked for (held
  // until they are mounted, held-services.ts) — or on the user's first key or pointer press, so that a click's
  // confirmation rarely waits for them.
  const showServices = (): void => {
    shellServices.value ??= defineAsyncComponent({
      loader: () => import('./AppServices.vue'),
      // Offline: tried again on the next need.
      onError: (_error, _retry, fail) => {
        fail();
        shellServices.value = null;
      },
    });
  };
  holdServiceEvents(showServices);
  app.use(ToastService);
  app.use(ConfirmationService);
  const toast = app.runWithContext(() => useToast());
  connectNotifier((notice) => toast.add({ life: 6000, ...notice }));
  for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, showServices, { capture: true, once: true, passive: true });
}
