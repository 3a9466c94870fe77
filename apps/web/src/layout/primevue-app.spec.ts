import type { App } from 'vue';
import { describe, expect, it } from 'vitest';
import { primevueInstall } from '../../build/primevue-install.mts';

type Transform = (code: string, id: string) => { code: string } | null;

/** The plugin as a production build (or dev) runs it. */
function transformOf(command: 'build' | 'serve'): Transform {
  const plugin = primevueInstall('/app/src/layout/primevue-install.ts');
  (plugin.configResolved as (c: { command: string }) => void)({ command });
  return plugin.transform as Transform;
}

describe('PrimeVue’s configuration with its first component', () => {
  it('a production build has every PrimeVue component and directive import the installer first, not the configuration or the shell’s services', () => {
    const transform = transformOf('build');
    for (const name of ['select', 'button', 'datatable', 'tooltip', 'toast']) {
      const out = transform('export default 1;', `/x/node_modules/primevue/${name}/index.mjs`);
      expect(out?.code, name).toBe('import "/app/src/layout/primevue-install.ts";export default 1;');
    }
    for (const name of ['config', 'toastservice', 'confirmationservice', 'usetoast', 'useconfirm', 'toasteventbus', 'confirmationeventbus']) {
      expect(transform('export default 1;', `/x/node_modules/primevue/${name}/index.mjs`), name).toBeNull();
    }
    // Their styles, other packages and the app's own modules are left alone.
    expect(transform('x', '/x/node_modules/primevue/select/style/index.mjs')).toBeNull();
    expect(transform('x', '/x/node_modules/@primevue/core/basecomponent/index.mjs')).toBeNull();
    expect(transform('x', '/app/src/common/ListPage.vue')).toBeNull();
    // In dev PrimeVue is pre-bundled; the shell installs it at once there.
    expect(transformOf('serve')('x', '/x/node_modules/primevue/select/index.mjs')).toBeNull();
  });

  it('installs on the app at once once the shell has provided it, else when it does, each install once', async () => {
    const { providePrimeVueApp, withPrimeVueApp } = await import('./primevue-app');
    const app = { name: 'app' } as unknown as App;
    const seen: string[] = [];
    withPrimeVueApp((a) => seen.push(`early ${(a as unknown as { name: string }).name}`));
    expect(seen).toEqual([]);
    providePrimeVueApp(app);
    expect(seen).toEqual(['early app']);
    withPrimeVueApp((a) => seen.push(`late ${(a as unknown as { name: string }).name}`));
    expect(seen).toEqual(['early app', 'late app']);
  });
});
