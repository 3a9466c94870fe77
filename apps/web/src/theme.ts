import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';
import type { PrimeVueConfiguration } from 'primevue/config';
import { primevueRu } from '@/i18n/primevue-ru';

const Metodset = definePreset(Aura, {
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
});

export const primeVueOptions: PrimeVueConfiguration = {
  theme: { preset: Metodset, options: { darkModeSelector: false, cssLayer: false } },
  locale: primevueRu,
};
