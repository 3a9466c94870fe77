// PrimeVue's theme (Aura with the app's overrides, theme-preset.ts) as a stylesheet computed at build time for the
// components the app uses (build/primevue-theme.mts): a hashed CSS file of the app's shell. PrimeVue itself runs with
// `theme: 'none'`, so it turns no design token into CSS in the browser.
import 'virtual:primevue-theme.css';
import type { PrimeVueConfiguration } from 'primevue/config';
import { primevueRu } from '@/i18n/primevue-ru';

export const primeVueOptions: PrimeVueConfiguration = {
  theme: 'none',
  locale: primevueRu,
  pt: {
    // A Password without its strength overlay still says aria-expanded="false", which a password box may not carry
    // (axe-core: aria-allowed-attr, critical). Every Password here has feedback off. A Password with a pt of its own
    // replaces this one and says the same there.
    password: { pcInputText: { root: { 'aria-expanded': undefined } } },
  },
};

/**
 * The structural CSS PrimeVue still writes itself in this mode (`base`, `baseicon`, `virtualscroller`: no design
 * tokens) goes into `<style>` elements reserved here at the top of the head, which PrimeVue finds by name and fills.
 * Appended after the theme's stylesheet instead, `.p-icon { vertical-align: baseline }` would win over the
 * components' own rules for their icons (a DataTable's sort icons sat 2 px higher); in styled mode it came first.
 */
export function reserveCoreStyles(doc: Document = document): void {
  for (const name of ['virtualscroller', 'baseicon', 'base']) {
    if (doc.head.querySelector(`style[data-primevue-style-id="${name}"]`)) continue;
    const el = doc.createElement('style');
    el.setAttribute('data-primevue-style-id', name);
    doc.head.prepend(el);
  }
}
