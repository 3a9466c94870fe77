import type { Plugin } from 'vite';

/** PrimeVue's modules that need no configuration installed first: the configuration itself and the services the shell installs. */
const WITHOUT = new Set(['config', 'toastservice', 'confirmationservice', 'usetoast', 'useconfirm', 'toasteventbus', 'confirmationeventbus']);

/**
 * Production builds: every other `primevue/<name>` module (each component and directive) imports `installer` (the
 * app's src/layout/primevue-install.ts) before its own code, so PrimeVue's configuration is installed — and its core
 * loaded — with the first PrimeVue component a page loads, not with the app's shell (layout/primevue-app.ts). ES
 * modules evaluate an import before the module that imports it, so no PrimeVue component is created without it.
 * In dev PrimeVue is pre-bundled, out of reach of this transform; the shell installs it at once there.
 */
export function primevueInstall(installer: string): Plugin {
  let build = false;
  return {
    name: 'metodset:primevue-install',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    transform(code, id) {
      if (!build) return null;
      const name = /[\\/]node_modules[\\/]primevue[\\/]([a-z]+)[\\/]index\.mjs$/.exec(id)?.[1];
      if (!name || WITHOUT.has(name)) return null;
      // On the module's first line, before its code: no line moves.
      return { code: `import ${JSON.stringify(installer)};${code}`, map: null };
    },
  };
}
