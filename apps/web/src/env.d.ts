/// <reference types="vite/client" />

/** PrimeVue's Aura preset trimmed to the components the SPA uses (apps/web/build/aura-preset.mts). */
declare module 'virtual:aura-preset' {
  const preset: typeof import('@primeuix/themes/aura').default;
  export default preset;
}

/** The Aura tokens of the components the sign-in page does not use, by component (apps/web/build/aura-preset.mts). */
declare module 'virtual:aura-preset/rest' {
  const components: Record<string, object>;
  export default components;
}
