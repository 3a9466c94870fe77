/// <reference types="vite/client" />

/** PrimeVue's theme as a static stylesheet, computed at build time (apps/web/build/primevue-theme.mts). */
declare module 'virtual:primevue-theme.css';
