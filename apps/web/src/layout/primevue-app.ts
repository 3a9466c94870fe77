import type { App } from 'vue';

/**
 * The app PrimeVue's configuration is installed on, and what waits for it. PrimeVue's core (`primevue/config` with its
 * theming code, ~86 KB) is no part of the shell: a production build has every PrimeVue component's module import
 * `layout/primevue-install.ts` first (build/primevue-install.mts), which installs it with `withPrimeVueApp` — at once
 * if the shell has handed over the app (`providePrimeVueApp`), else as it does. A page whose first render draws no
 * PrimeVue component (the lists, the heatmap, a route's head) does not load that core before it is drawn.
 */
let app: App | null = null;
const waiting: ((app: App) => void)[] = [];

/** Called by the shell, before the first page behind the sign-in is drawn (so before any component is created). */
export function providePrimeVueApp(target: App): void {
  app = target;
  for (const install of waiting.splice(0)) install(target);
}

/** Runs `install` on the app, now or once the shell has provided it. */
export function withPrimeVueApp(install: (app: App) => void): void {
  if (app) install(app);
  else waiting.push(install);
}
