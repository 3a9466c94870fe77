import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import ChoiceButtons from './ChoiceButtons.vue';

enableAutoUnmount(afterEach);

const options = [
  { value: 'ACTIVE', label: 'Действующие' },
  { value: 'ARCHIVED', label: 'В архиве' },
  { value: 'ALL', label: 'Все' },
];

const group = (props: Record<string, unknown> = {}) =>
  mount(ChoiceButtons, { props: { modelValue: 'ACTIVE', options, ...props }, attrs: { 'aria-label': 'Состояние', 'data-testid': 'filter-archived' } });

describe('ChoiceButtons', () => {
  it('draws a SelectButton’s group: its classes, the chosen button pressed, the name on the group', () => {
    const wrapper = group();
    const root = wrapper.get('[data-testid="filter-archived"]');
    expect(root.classes()).toEqual(expect.arrayContaining(['p-selectbutton', 'p-component']));
    expect(root.attributes()).toMatchObject({ role: 'group', 'aria-label': 'Состояние' });
    const buttons = root.findAll('button');
    expect(buttons.map((b) => b.text())).toEqual(['Действующие', 'В архиве', 'Все']);
    expect(buttons.map((b) => b.attributes('aria-pressed'))).toEqual(['true', 'false', 'false']);
    expect(buttons[0]?.classes()).toContain('p-togglebutton-checked');
    expect(buttons[1]?.classes()).not.toContain('p-togglebutton-checked');
  });

  it('emits another choice; the chosen one cannot be unchosen', async () => {
    const wrapper = group();
    await wrapper.findAll('button')[0]?.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    await wrapper.findAll('button')[2]?.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['ALL']]);
  });

  it('when disabled, its buttons are', () => {
    const wrapper = group({ disabled: true });
    expect(wrapper.findAll('button').every((b) => b.attributes('disabled') !== undefined)).toBe(true);
  });
});
