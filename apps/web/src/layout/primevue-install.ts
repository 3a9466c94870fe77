import PrimeVue from 'primevue/config';
import { primeVueOptions } from '@/theme';
import { withPrimeVueApp } from './primevue-app';

/**
 * PrimeVue's configuration (its locale, passthrough, `theme: 'none'`), installed on the app when the first PrimeVue
 * component's code is evaluated: in a production build every `primevue/<component>` module imports this module first
 * (build/primevue-install.mts), so it is installed before any such component is created. A plugin's provide reaches
 * every component created after it, and a page is drawn only after the shell has provided the app.
 */
withPrimeVueApp((app) => {
  app.use(PrimeVue, primeVueOptions);
});
