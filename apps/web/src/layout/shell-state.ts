import { shallowRef, type Component } from 'vue';

/**
 * What App.vue mounts beside the pages once the app's shell (layout/app-shell.ts: PrimeVue, urql, all texts) needs
 * it: the toast area and the confirmation dialog (layout/AppServices.vue). Null until then.
 */
export const shellServices = shallowRef<Component | null>(null);
