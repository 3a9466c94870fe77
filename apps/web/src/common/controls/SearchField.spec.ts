import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import SearchField from './SearchField.vue';

enableAutoUnmount(afterEach);

describe('SearchField', () => {
  it('is an IconField’s search box: the class on the field, the other attributes on the input, two-way text', async () => {
    const wrapper = mount(SearchField, {
      props: { modelValue: 'шко', 'onUpdate:modelValue': (v: string) => wrapper.setProps({ modelValue: v }) },
      attrs: { class: 'filters__search', placeholder: 'Название', 'aria-label': 'Название', 'data-testid': 'filter-search' },
    });
    expect(wrapper.classes()).toEqual(expect.arrayContaining(['p-iconfield', 'filters__search']));
    expect(wrapper.get('.p-inputicon.pi-search').attributes('aria-hidden')).toBe('true');
    const input = wrapper.get('input');
    expect(input.classes()).toEqual(expect.arrayContaining(['p-inputtext', 'p-component', 'p-inputtext-fluid']));
    expect(input.classes()).not.toContain('filters__search');
    expect(input.attributes()).toMatchObject({ placeholder: 'Название', 'aria-label': 'Название', 'data-testid': 'filter-search' });
    expect((input.element as HTMLInputElement).value).toBe('шко');
    await input.setValue('школа');
    expect(wrapper.emitted('update:modelValue')).toEqual([['школа']]);
    expect(wrapper.props('modelValue')).toBe('школа');
  });
});
