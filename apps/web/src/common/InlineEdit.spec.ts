import { enableAutoUnmount } from '@vue/test-utils';
import Select from 'primevue/select';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import InlineEdit from './InlineEdit.vue';

enableAutoUnmount(afterEach);

const LEVELS = [
  { value: null, label: 'Без уровня' },
  { value: 1, label: 'Уровень 1' },
  { value: 2, label: 'Уровень 2' },
];

/** A network member's level as the members tab shows it: the saved value from the API, a Select that saves on change. */
function host(answer: (level: number | null) => boolean) {
  const saved = ref<number | null>(1);
  const sent: (number | null)[] = [];
  const component = defineComponent({
    setup: () => () =>
      h(
        InlineEdit<number | null>,
        {
          value: saved.value,
          save: async (level: number | null) => {
            sent.push(level);
            await new Promise<void>((resolve) => queueMicrotask(resolve));
            if (answer(level)) saved.value = level;
            return answer(level);
          },
        },
        {
          default: ({ value, update }: { value: number | null; update: (v: number | null) => void }) =>
            h(Select, { modelValue: value, options: LEVELS, optionLabel: 'label', optionValue: 'value', 'data-testid': 'member-row-level', 'onUpdate:modelValue': update }),
        },
      ),
  });
  return { saved, sent, component };
}

/** As a click on an option does: the Select takes the value itself (its own state), then emits it. */
const select = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.getComponent(Select).vm as unknown as { updateModel: (event: Event, value: unknown) => void };
const label = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) => wrapper.get('[data-testid="member-row-level"] .p-select-label').text();

describe('InlineEdit: a control that saves on change', () => {
  it('snaps back to the saved value when the API refuses the change', async () => {
    const h1 = host(() => false);
    const { wrapper } = await mountWithApp(h1.component);
    expect(label(wrapper)).toBe('Уровень 1');
    select(wrapper).updateModel(new Event('click'), 2);
    await waitFor(() => expect(h1.sent).toEqual([2]));
    await waitFor(() => expect(label(wrapper)).toBe('Уровень 1'));
    expect(h1.saved.value).toBe(1);
  });

  it('keeps an accepted change', async () => {
    const h2 = host(() => true);
    const { wrapper } = await mountWithApp(h2.component);
    select(wrapper).updateModel(new Event('click'), 2);
    await waitFor(() => expect(h2.saved.value).toBe(2));
    await waitFor(() => expect(label(wrapper)).toBe('Уровень 2'));
  });
});
