import { definePreset } from '@primeuix/themes';
import type { Preset } from '@primeuix/themes/types';

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

/** The app's changes to Aura: indigo primary and the shades that pass WCAG AA contrast. */
export const themeOverrides = {
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

/** The app's theme: Aura with the overrides above. */
export const metodsetPreset = (aura: Preset) => definePreset(aura, themeOverrides);

/** PrimeVue's theme options: light only, no CSS layer. */
export const themeOptions = { darkModeSelector: false, cssLayer: false } as const;
