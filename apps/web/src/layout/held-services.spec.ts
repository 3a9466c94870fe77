import { enableAutoUnmount, mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { useConfirm } from 'primevue/useconfirm';
import { useToast } from 'primevue/usetoast';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { waitFor } from '@/test/wait';
import { primeVueOptions } from '@/theme';
import AppServices from './AppServices.vue';
import { holdServiceEvents, releaseServiceEvents } from './held-services';

enableAutoUnmount(afterEach);
afterEach(() => {
  // A spec that fails before releasing leaves nothing held for the next one.
  releaseServiceEvents();
});

/** The toast and confirmation services of an app, as a page calls them (`useToast()`, `useConfirm()`). */
function services() {
  const app = createApp({ render: () => null });
  app.use(PrimeVue, primeVueOptions).use(ToastService).use(ConfirmationService);
  return app.runWithContext(() => ({ toast: useToast(), confirm: useConfirm() }));
}

describe('the toast and confirmation services before their components are mounted', () => {
  it('holds what is asked of them, says so for each, and replays it in order once released; then holds nothing', async () => {
    const { default: ToastEventBus } = await import('primevue/toasteventbus');
    const { default: ConfirmationEventBus } = await import('primevue/confirmationeventbus');
    let needs = 0;
    holdServiceEvents(() => needs++);
    const { toast, confirm } = services();
    toast.add({ severity: 'success', summary: 'Сохранено' });
    confirm.require({ message: 'Переместить в архив?' });
    toast.removeAllGroups();
    expect(needs).toBe(3);

    // The components start listening (as Toast and ConfirmDialog do when mounted): nothing reaches them until released.
    const seen: string[] = [];
    ToastEventBus.on('add', (m) => seen.push(`add ${(m as { summary: string }).summary}`));
    ToastEventBus.on('remove-all-groups', () => seen.push('remove-all-groups'));
    ConfirmationEventBus.on('confirm', (o) => seen.push(`confirm ${(o as { message: string }).message}`));
    expect(seen).toEqual([]);
    releaseServiceEvents();
    expect(seen).toEqual(['add Сохранено', 'confirm Переместить в архив?', 'remove-all-groups']);

    toast.add({ severity: 'info', summary: 'Потом' });
    expect(needs).toBe(3);
    expect(seen.at(-1)).toBe('add Потом');
    ToastEventBus.clear();
    ConfirmationEventBus.clear();
  });

  it('AppServices, mounted after a page asked for a toast and a confirmation, shows both', async () => {
    holdServiceEvents(() => undefined);
    const page = defineComponent({
      setup() {
        const toast = useToast();
        const confirm = useConfirm();
        toast.add({ severity: 'success', summary: 'Сохранено', detail: 'Организация сохранена' });
        confirm.require({ header: 'Архив', message: 'Переместить организацию в архив?', accept: () => undefined });
        return () => h('p', 'страница');
      },
    });
    const plugins = () => [[PrimeVue, primeVueOptions] as [typeof PrimeVue, typeof primeVueOptions], ToastService, ConfirmationService];
    mount(page, { global: { plugins: plugins() }, attachTo: document.body });
    expect(document.body.textContent).not.toContain('Организация сохранена');

    mount(AppServices, { global: { plugins: plugins() }, attachTo: document.body });
    await waitFor(() => {
      expect(document.body.textContent).toContain('Организация сохранена');
      expect(document.body.textContent).toContain('Переместить организацию в архив?');
    });
  });
});
