import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils';
import urql, { Client, fetchExchange } from '@urql/vue';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { createMemoryHistory, type Router } from 'vue-router';
import type { Component } from 'vue';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';
import { primeVueOptions } from '@/theme';

/** Answers GraphQL requests in tests: gets the operation name and variables, returns the JSON body. */
export type FakeApi = (operationName: string, variables: Record<string, unknown>) => unknown;

export function fakeClient(api: FakeApi = () => ({ data: null })): Client {
  return new Client({
    url: 'http://localhost/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: [fetchExchange],
    fetch: async (_input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { operationName: string; variables?: Record<string, unknown> };
      return new Response(JSON.stringify(api(body.operationName, body.variables ?? {})), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

export interface AppMount {
  router: Router;
  pinia: Pinia;
  client: Client;
}

/** Mounts a component with the app's plugins: i18n, Pinia, router (memory history), urql, PrimeVue. */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { api?: FakeApi; path?: string } = {},
) {
  // jsdom lacks these: the router's scrollBehavior scrolls, PrimeVue selects watch the orientation, tab lists their size.
  window.scrollTo = () => undefined;
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  window.matchMedia ??= (query: string) =>
    ({ matches: false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList;
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory());
  const client = fakeClient(options.api);
  await router.push(options.path ?? '/login');
  await router.isReady();
  const { api: _api, path: _path, global, ...rest } = options;
  const wrapper = mount(component, {
    ...rest,
    global: {
      ...global,
      plugins: [createAppI18n(), pinia, router, [urql, client], [PrimeVue, primeVueOptions], ToastService, ConfirmationService],
    },
  } as ComponentMountingOptions<C>);
  await flushPromises();
  return { wrapper, router, pinia, client };
}
