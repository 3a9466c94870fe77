import { definePreset, usePreset } from '@primeuix/themes';
// Aura with the tokens of only the components the app uses (apps/web/build/aura-preset.mts).
import Aura from 'virtual:aura-preset';
import type { PrimeVueConfiguration } from 'primevue/config';
import { primevueRu } from '@/i18n/primevue-ru';

/** Text colours of a severity: Aura's 500 shades read at 2.3–3.8:1 on white; the 700 shades pass 4.5:1. */
const readable = (palette: string) => `{${palette}.700}`;
const severities = { success: 'green', info: 'sky', warn: 'orange', help: 'purple', danger: 'red' } as const;
const severityText = Object.fromEntries(Object.entries(severities).map(([s, p]) => [s, { color: readable(p) }]));
/** Filled buttons of a severity: white text on the 700 shade (hover 800, pressed 900). */
const severityFill = Object.fromEntries(
  Object.entries(severities).map(([s, p]) => [
    s,
    {
      background: `{${p}.700}`,
      hoverBackground: `{${p}.800}`,
      activeBackground: `{${p}.900}`,
      borderColor: `{${p}.700}`,
      hoverBorderColor: `{${p}.800}`,
      activeBorderColor: `{${p}.900}`,
      color: '#ffffff',
      hoverColor: '#ffffff',
      activeColor: '#ffffff',
    },
  ]),
);

/** Tokens of the notice severities (toasts, messages), by palette. */
const noticePalettes = { info: 'blue', success: 'green', warn: 'yellow', error: 'red' } as const;
const notices = <T>(tokens: (palette: string) => T) => Object.fromEntries(Object.entries(noticePalettes).map(([s, p]) => [s, tokens(p)]));

const overrides = {
  semantic: {
    primary: {
      50: '{indigo.50}',
      100: '{indigo.100}',
      200: '{indigo.200}',
      300: '{indigo.300}',
      400: '{indigo.400}',
      500: '{indigo.500}',
      600: '{indigo.600}',
      700: '{indigo.700}',
      800: '{indigo.800}',
      900: '{indigo.900}',
      950: '{indigo.950}',
    },
    // Aura's defaults fall just short of WCAG AA contrast (4.5:1) on white: indigo-500 links and buttons (4.47:1),
    // slate-500 muted text on the grey page and tab counters. One shade darker passes (axe-core in the browser tests).
    colorScheme: {
      light: {
        primary: { color: '{primary.600}', contrastColor: '#ffffff', hoverColor: '{primary.700}', activeColor: '{primary.800}' },
        text: { color: '{surface.700}', hoverColor: '{surface.800}', mutedColor: '{surface.600}', hoverMutedColor: '{surface.700}' },
      },
    },
  },
  components: {
    button: {
      colorScheme: {
        light: {
          root: severityFill,
          outlined: { ...severityText, secondary: { color: '{surface.600}' } },
          text: { ...severityText, secondary: { color: '{surface.600}' } },
        },
      },
    },
    // A toast's summary and a message's text in their severity's colour: Aura's 600 shades on their 50 backgrounds
    // read at 3.1–4.4:1; the 700 shades pass.
    toast: { colorScheme: { light: notices((p) => ({ color: `{${p}.700}` })) } },
    message: { colorScheme: { light: notices((p) => ({ color: `{${p}.700}`, outlined: { color: `{${p}.700}`, borderColor: `{${p}.700}` }, simple: { color: `{${p}.700}` } })) } },
    // The options of a SelectButton not chosen: slate-600 on the grey track (slate-500 reads at 4.3:1).
    togglebutton: { colorScheme: { light: { root: { color: '{surface.600}' }, icon: { color: '{surface.600}' } } } },
  },
};
const Metodset = definePreset(Aura, overrides);

type RestTokens = (typeof import('virtual:aura-preset/rest'))['default'];
let restLoaded: Promise<RestTokens> | null = null;

/**
 * Downloads the tokens of every other component (a chunk of their own, not on the sign-in page). Once; a failed load
 * is retried on the next call. Only downloads: `applyThemeTokens` adds them once PrimeVue is installed (installing
 * PrimeVue sets its preset, which would drop tokens added before it).
 */
export function loadThemeTokens(): Promise<RestTokens> {
  restLoaded ??= import('virtual:aura-preset/rest').then(
    ({ default: rest }) => rest,
    (err: unknown) => {
      restLoaded = null;
      throw err;
    },
  );
  return restLoaded;
}

/** Adds the downloaded tokens to the installed theme (PrimeVue's usePreset; mounted components restyle themselves). */
export async function applyThemeTokens(): Promise<void> {
  const rest = await loadThemeTokens();
  if (Object.keys(rest).length) usePreset(definePreset({ ...Aura, components: { ...rest, ...Aura.components } }, overrides));
}

export const primeVueOptions: PrimeVueConfiguration = {
  theme: { preset: Metodset, options: { darkModeSelector: false, cssLayer: false } },
  locale: primevueRu,
  pt: {
    // A Password without its strength overlay still says aria-expanded="false", which a password box may not carry
    // (axe-core: aria-allowed-attr, critical). Every Password here has feedback off. A Password with a pt of its own
    // replaces this one and says the same there.
    password: { pcInputText: { root: { 'aria-expanded': undefined } } },
  },
};
