/// <reference types="vite/client" />

/** PrimeVue's theme as a static stylesheet, computed at build time (apps/web/build/primevue-theme.mts). */
declare module 'virtual:primevue-theme.css';

/** True in production builds: each module brings its own Russian texts (apps/web/build/texts.mts). */
declare const __TEXTS_PER_MODULE__: boolean;
