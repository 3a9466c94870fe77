import { enableAutoUnmount, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import LightButton from './LightButton.vue';
import SortAltIcon from '@primevue/icons/sortalt';
import SortAmountDownIcon from '@primevue/icons/sortamountdown';
import SortAmountUpAltIcon from '@primevue/icons/sortamountupalt';
import SortIcon from './SortIcon.vue';

enableAutoUnmount(afterEach);

describe('LightButton', () => {
  it('is a Button’s markup: its classes, icon and label, named by its label unless given an aria-label; clicks reach the listener', async () => {
    let clicks = 0;
    const wrapper = mount(LightButton, {
      props: { label: 'Экспорт в Excel', icon: 'pi pi-file-excel', severity: 'secondary', text: true },
      attrs: { 'data-testid': 'organization-export', onClick: () => clicks++ },
    });
    const button = wrapper.get('button[data-testid="organization-export"]');
    expect(button.classes()).toEqual(expect.arrayContaining(['p-button', 'p-component', 'p-button-secondary', 'p-button-text']));
    expect(button.attributes()).toMatchObject({ type: 'button', 'aria-label': 'Экспорт в Excel' });
    expect(button.get('.p-button-icon.p-button-icon-left').classes()).toEqual(expect.arrayContaining(['pi', 'pi-file-excel']));
    expect(button.get('.p-button-label').text()).toBe('Экспорт в Excel');
    await button.trigger('click');
    expect(clicks).toBe(1);
    const named = mount(LightButton, { props: { label: 'PDF' }, attrs: { 'aria-label': 'Экспорт в PDF' } });
    expect(named.get('button').attributes('aria-label')).toBe('Экспорт в PDF');
  });

  it('loading: the spinner instead of the icon, disabled; disabled alone too', () => {
    const loading = mount(LightButton, { props: { label: 'Экспорт', icon: 'pi pi-file-excel', loading: true } });
    expect(loading.get('button').attributes('disabled')).toBeDefined();
    expect(loading.get('button').classes()).toContain('p-button-loading');
    expect(loading.find('.pi-file-excel').exists()).toBe(false);
    expect(loading.get('.p-button-loading-icon').classes()).toContain('pi-spin');
    expect(mount(LightButton, { props: { label: 'Экспорт', disabled: true } }).get('button').attributes('disabled')).toBeDefined();
  });

  it('with `to` is a link drawn as the button', () => {
    const wrapper = mount(LightButton, {
      props: { label: 'Добавить', icon: 'pi pi-plus', to: { name: 'organization-new' } },
      attrs: { class: 'page__action' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    });
    const link = wrapper.getComponent(RouterLinkStub);
    expect(link.props('to')).toEqual({ name: 'organization-new' });
    expect(link.classes()).toEqual(expect.arrayContaining(['p-button', 'p-component', 'page__action']));
    expect(link.get('.p-button-label').text()).toBe('Добавить');
  });
});

describe('SortIcon', () => {
  it('draws PrimeVue’s sort icons as plain SVG: both directions and unsorted, hidden from assistive technology', () => {
    const paths = (state: 'ASC' | 'DESC' | null) => {
      const w = mount(SortIcon, { props: { state }, attrs: { class: 'p-datatable-sort-icon' } });
      expect(w.classes()).toEqual(expect.arrayContaining(['p-icon', 'p-datatable-sort-icon']));
      expect(w.attributes('aria-hidden')).toBe('true');
      return w.findAll('path').map((p) => p.attributes('d'));
    };
    const asc = paths('ASC');
    const desc = paths('DESC');
    const none = paths(null);
    expect(asc).toHaveLength(1);
    expect(desc).toHaveLength(1);
    expect(none).toHaveLength(4);
    expect(new Set([asc[0], desc[0], ...none]).size).toBe(6);
    // The very icons PrimeVue's DataTable draws for these states.
    const primevue = (icon: Parameters<typeof mount>[0]) => mount(icon).findAll('path').map((p) => p.attributes('d'));
    expect(asc).toEqual(primevue(SortAmountUpAltIcon));
    expect(desc).toEqual(primevue(SortAmountDownIcon));
    expect(none).toEqual(primevue(SortAltIcon));
  });
});
