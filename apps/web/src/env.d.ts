/// <reference types="vite/client" />

/** PrimeVue's Aura preset trimmed to the components the SPA uses (apps/web/build/aura-preset.mts). */
declare module 'virtual:aura-preset' {
  const preset: typeof import('@primeuix/themes/aura').default;
  export default preset;
}
