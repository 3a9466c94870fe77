import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import MultiSelect from 'primevue/multiselect';
import Select from 'primevue/select';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { primevueRu } from '@/i18n/primevue-ru';
import FirstUseSelect from './FirstUseSelect.vue';
import { loadPicker, pickerLabel } from './first-use-select';

enableAutoUnmount(afterEach);
// PrimeVue's pickers listen to the screen's orientation once mounted; jsdom has no matchMedia.
beforeEach(() => {
  vi.stubGlobal('matchMedia', (media: string) => ({ matches: false, media, addEventListener() {}, removeEventListener() {} }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const options = [
  { value: 'a', label: 'Подпорожский' },
  { value: 'b', label: 'Воркута' },
  { value: 'c', label: 'Тимашевский' },
];

function picker(props: Record<string, unknown> = {}) {
  return mount(FirstUseSelect, {
    props: { modelValue: null, options, optionLabel: 'label', optionValue: 'value', placeholder: 'Муниципалитет', ariaLabel: 'Муниципалитет', ...props },
    attrs: { 'data-testid': 'filter-municipality', class: 'filters__kind' },
    global: { plugins: [[PrimeVue, { locale: primevueRu }]] },
    attachTo: document.body,
  });
}

/** Waits until PrimeVue's picker is in place: its module, imported on first use, has loaded and the picker is drawn. */
async function untilReal(wrapper: ReturnType<typeof picker>, component: typeof Select | typeof MultiSelect) {
  await loadPicker(component === MultiSelect);
  await flushPromises();
  return wrapper.findComponent(component);
}

describe('pickerLabel', () => {
  const base = { options, optionLabel: 'label', optionValue: 'value', placeholder: 'Тип' };

  it('shows a Select’s option label, or its placeholder when nothing (or an unknown value) is chosen', () => {
    expect(pickerLabel({ ...base, modelValue: 'b' })).toEqual({ text: 'Воркута', placeholder: false, filled: true });
    expect(pickerLabel({ ...base, modelValue: null })).toEqual({ text: 'Тип', placeholder: true, filled: false });
    expect(pickerLabel({ ...base, modelValue: 'zz' })).toEqual({ text: 'Тип', placeholder: true, filled: true });
    expect(pickerLabel({ ...base, placeholder: undefined, modelValue: null })).toEqual({ text: '', placeholder: false, filled: false });
  });

  it('joins a MultiSelect’s labels, or counts them past maxSelectedLabels with PrimeVue’s selection message', () => {
    const multi = { ...base, multiple: true, selectionMessage: primevueRu.selectionMessage };
    expect(pickerLabel({ ...multi, modelValue: [] })).toEqual({ text: 'Тип', placeholder: true, filled: false });
    expect(pickerLabel({ ...multi, modelValue: ['a'], maxSelectedLabels: 1 })).toEqual({ text: 'Подпорожский', placeholder: false, filled: true });
    expect(pickerLabel({ ...multi, modelValue: ['a', 'c'], maxSelectedLabels: 1 })).toEqual({ text: 'Выбрано: 2', placeholder: false, filled: true });
    expect(pickerLabel({ ...multi, modelValue: ['a', 'c'] })).toEqual({ text: 'Подпорожский, Тимашевский', placeholder: false, filled: true });
  });
});

describe('FirstUseSelect', () => {
  it('draws the closed Select without PrimeVue’s component: same classes, text and an accessible combobox', () => {
    const wrapper = picker({ modelValue: 'b', showClear: true });
    expect(wrapper.findComponent(Select).exists()).toBe(false);
    const root = wrapper.get('[data-testid="filter-municipality"]');
    expect(root.classes()).toEqual(expect.arrayContaining(['p-select', 'p-component', 'p-inputwrapper', 'p-inputwrapper-filled', 'filters__kind']));
    const box = root.get('[role="combobox"]');
    expect(box.classes()).toContain('p-select-label');
    expect(box.classes()).not.toContain('p-placeholder');
    expect(box.text()).toBe('Воркута');
    expect(box.attributes()).toMatchObject({ 'aria-label': 'Муниципалитет', 'aria-expanded': 'false', 'aria-haspopup': 'listbox', tabindex: '0' });
    expect(root.find('.p-select-clear-icon').exists()).toBe(true);
    expect(root.find('.p-select-dropdown .p-select-dropdown-icon').exists()).toBe(true);
  });

  it('shows the placeholder as PrimeVue does, without a clear icon', () => {
    const box = picker({ showClear: true }).get('[role="combobox"]');
    expect(box.text()).toBe('Муниципалитет');
    expect(box.classes()).toContain('p-placeholder');
    expect(picker({ showClear: true }).find('.p-select-clear-icon').exists()).toBe(false);
  });

  it('on a click puts PrimeVue’s Select in its place, opened, with the same attributes; a choice is emitted', async () => {
    const wrapper = picker({ filter: true, showClear: true });
    await wrapper.get('[data-testid="filter-municipality"]').trigger('click');
    const real = await untilReal(wrapper, Select);
    expect(real.exists()).toBe(true);
    expect(real.props()).toMatchObject({ modelValue: null, options, optionLabel: 'label', optionValue: 'value', filter: true, showClear: true, placeholder: 'Муниципалитет' });
    expect((real.vm as unknown as { overlayVisible: boolean }).overlayVisible).toBe(true);
    expect(wrapper.findAll('[data-testid="filter-municipality"]')).toHaveLength(1);
    expect(wrapper.get('[data-testid="filter-municipality"]').classes()).toContain('filters__kind');
    real.vm.$emit('update:modelValue', 'c');
    expect(wrapper.emitted('update:modelValue')).toEqual([['c']]);
  });

  it('opens from the keyboard (Enter, Space, ↓, ↑); focusing it alone does not swap it', async () => {
    const wrapper = picker();
    const box = wrapper.get('[role="combobox"]');
    await box.trigger('focus');
    await box.trigger('keydown', { key: 'Tab' });
    await flushPromises();
    expect(wrapper.findComponent(Select).exists()).toBe(false);
    await box.trigger('keydown', { key: 'ArrowDown' });
    const real = await untilReal(wrapper, Select);
    expect((real.vm as unknown as { overlayVisible: boolean }).overlayVisible).toBe(true);
  });

  it('clears with its clear icon without loading PrimeVue’s picker', async () => {
    const wrapper = picker({ modelValue: 'a', showClear: true });
    await wrapper.get('.p-select-clear-icon').trigger('click');
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]]);
    expect(wrapper.findComponent(Select).exists()).toBe(false);
  });

  it('does nothing when disabled, and is out of the tab order', async () => {
    const wrapper = picker({ disabled: true });
    expect(wrapper.get('[role="combobox"]').attributes('tabindex')).toBe('-1');
    expect(wrapper.get('[data-testid="filter-municipality"]').classes()).toContain('p-disabled');
    await wrapper.get('[data-testid="filter-municipality"]').trigger('click');
    await flushPromises();
    expect(wrapper.findComponent(Select).exists()).toBe(false);
  });

  it('with `multiple` is a MultiSelect: its label, its hidden combobox, and PrimeVue’s MultiSelect on first use', async () => {
    const wrapper = picker({ multiple: true, modelValue: ['a', 'b'], maxSelectedLabels: 1, placeholder: 'Тип', ariaLabel: 'Тип', showClear: true });
    const root = wrapper.get('[data-testid="filter-municipality"]');
    expect(root.classes()).toEqual(expect.arrayContaining(['p-multiselect', 'p-inputwrapper-filled']));
    expect(root.get('.p-multiselect-label').text()).toBe('Выбрано: 2');
    expect(root.get('.p-hidden-accessible input[role="combobox"]').attributes('aria-label')).toBe('Тип');
    expect(root.find('.p-multiselect-clear-icon').exists()).toBe(true);
    await root.trigger('click');
    const real = await untilReal(wrapper, MultiSelect);
    expect(real.props()).toMatchObject({ modelValue: ['a', 'b'], maxSelectedLabels: 1 });
    expect((real.vm as unknown as { overlayVisible: boolean }).overlayVisible).toBe(true);
  });
});
