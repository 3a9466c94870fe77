import { shallowRef, type Component } from 'vue';

/**
 * What App.vue mounts beside the pages once the app's shell is installed (layout/app-shell.ts: PrimeVue, urql, all
 * texts): the toast area and the confirmation dialog. Null on the sign-in page until then.
 */
export const shellServices = shallowRef<Component | null>(null);
