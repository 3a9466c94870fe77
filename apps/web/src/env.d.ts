/// <reference types="vite/client" />

/** PrimeVue's theme as a static stylesheet, computed at build time (apps/web/build/primevue-theme.mts). */
declare module 'virtual:primevue-theme.css';

/** True in production builds: each module brings its own Russian texts (apps/web/build/texts.mts). */
declare const __TEXTS_PER_MODULE__: boolean;

/**
 * The event buses through which PrimeVue's toast and confirmation services reach their components (layout/held-services.ts).
 * PrimeVue ships these modules without declarations; each is an `EventBus()` of @primeuix/utils.
 */
declare module 'primevue/toasteventbus' {
  const bus: import('@primeuix/utils/eventbus').EventBusOptions;
  export default bus;
}
declare module 'primevue/confirmationeventbus' {
  const bus: import('@primeuix/utils/eventbus').EventBusOptions;
  export default bus;
}
