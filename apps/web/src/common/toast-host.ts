import { shallowRef, type Component } from 'vue';

/** The Toast component once loaded (App.vue mounts it), else null. */
export const toastComponent = shallowRef<Component | null>(null);
let loading: Promise<Component> | null = null;

/**
 * PrimeVue's Toast (component, styles, icons) in a chunk of its own: the sign-in page does without it. main.ts has
 * it loaded before any page behind the sign-in is shown, so a page's `useToast().add()` always finds it mounted;
 * a notice raised on the sign-in page (notifier) loads it first. A failed load is retried on the next call.
 */
export function loadToast(): Promise<Component> {
  loading ??= import('primevue/toast').then(
    (m) => (toastComponent.value = m.default),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
