import { enableAutoUnmount, mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import { afterEach, describe, expect, it } from 'vitest';
import YearInput from './YearInput.vue';

enableAutoUnmount(afterEach);

function box(modelValue: number | null) {
  const wrapper = mount(YearInput, {
    props: { modelValue, min: 2000, max: 2100, 'onUpdate:modelValue': (v: number | null) => wrapper.setProps({ modelValue: v }) },
    attrs: { 'data-testid': 'filter-year', 'aria-label': 'Год статуса' },
    global: { plugins: [PrimeVue] },
  });
  return wrapper;
}

describe('YearInput', () => {
  it('emits only a whole year within the bounds, not the digits on the way', async () => {
    const wrapper = box(null);
    const input = wrapper.get('[data-testid="filter-year"]');
    expect(input.attributes('aria-label')).toBe('Год статуса');
    for (const typed of ['2', '20', '202', '2025']) await input.setValue(typed);
    expect(wrapper.emitted('update:modelValue')).toEqual([[2025]]);
    await input.setValue('1999');
    await input.setValue('2101');
    expect(wrapper.emitted('update:modelValue')).toEqual([[2025]]);
  });

  it('keeps digits only, at most four', async () => {
    const wrapper = box(null);
    const input = wrapper.get<HTMLInputElement>('input');
    await input.setValue('20a2-45');
    expect(input.element.value).toBe('2024');
    expect(wrapper.emitted('update:modelValue')).toEqual([[2024]]);
  });

  it('gives way to the filter year on blur when half-typed, and empties the filter when emptied', async () => {
    const wrapper = box(2024);
    const input = wrapper.get<HTMLInputElement>('input');
    expect(input.element.value).toBe('2024');
    await input.setValue('20');
    await input.trigger('blur');
    expect(input.element.value).toBe('2024');
    await input.setValue('');
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]]);
  });

  it('shows the year the URL sets', async () => {
    const wrapper = box(null);
    await wrapper.setProps({ modelValue: 2023 });
    expect(wrapper.get<HTMLInputElement>('input').element.value).toBe('2023');
  });
});
