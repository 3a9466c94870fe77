import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@/test/wait';
import { mountWithApp } from '@/test/mount-app';
import AppLayout from './AppLayout.vue';
import { COMPACT_QUERY } from './useMenuDrawer';

/** A screen as wide as `compact` says: a phone matches the drawer's media query, a desktop does not. */
function screen(compact: boolean): void {
  window.matchMedia = (query: string) =>
    ({ matches: compact && query === COMPACT_QUERY, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}

async function mountLayout(compact: boolean) {
  screen(compact);
  const mounted = await mountWithApp(AppLayout, { path: '/organizations', api: () => ({ data: null }), attachTo: document.body });
  await flushPromises();
  return mounted;
}

describe('the app layout', () => {
  let unmount: (() => void) | null = null;
  afterEach(() => {
    unmount?.();
    unmount = null;
  });

  it('on a phone hides the menu behind a button that opens it, moves the focus in, and closes it with Escape', async () => {
    const { wrapper } = await mountLayout(true);
    unmount = () => wrapper.unmount();
    const toggle = wrapper.get('[data-testid="menu-toggle"]');
    const nav = wrapper.get('[data-testid="side-menu"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(toggle.attributes('aria-controls')).toBe('app-menu');
    expect(toggle.attributes('aria-label')).toBe('Открыть меню');
    expect(nav.attributes('id')).toBe('app-menu');
    expect(nav.attributes()).toHaveProperty('inert');
    expect(nav.classes()).not.toContain('sidemenu--open');

    await toggle.trigger('click');
    await waitFor(() => expect(nav.classes()).toContain('sidemenu--open'));
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(toggle.attributes('aria-label')).toBe('Закрыть меню');
    expect(nav.attributes()).not.toHaveProperty('inert');
    await waitFor(() => expect(document.activeElement).toBe(wrapper.get('[data-testid="menu-home"]').element));

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(nav.classes()).not.toContain('sidemenu--open'));
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
  });

  it('on a phone draws the menu’s links only once the menu is opened, and keeps them', async () => {
    const { wrapper } = await mountLayout(true);
    unmount = () => wrapper.unmount();
    expect(wrapper.find('[data-testid="menu-organizations"]').exists()).toBe(false);
    const toggle = wrapper.get('[data-testid="menu-toggle"]');
    await toggle.trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="menu-organizations"]').exists()).toBe(true));
    await toggle.trigger('click');
    await waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('false'));
    expect(wrapper.find('[data-testid="menu-organizations"]').exists()).toBe(true);
  });

  it('on a phone closes the menu when a page is chosen or the backdrop is clicked', async () => {
    const { wrapper, router } = await mountLayout(true);
    unmount = () => wrapper.unmount();
    const toggle = wrapper.get('[data-testid="menu-toggle"]');
    await toggle.trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="menu-backdrop"]').exists()).toBe(true));
    await wrapper.get('[data-testid="menu-backdrop"]').trigger('click');
    await waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('false'));

    await toggle.trigger('click');
    await waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('true'));
    await router.push('/people');
    await waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('false'));
    expect(wrapper.get('[data-testid="side-menu"]').classes()).not.toContain('sidemenu--open');

    // The link of the page already open: no navigation, the menu closes all the same.
    await toggle.trigger('click');
    await waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('true'));
    await wrapper.get('[data-testid="menu-people"]').trigger('click');
    await waitFor(() => expect(toggle.attributes('aria-expanded')).toBe('false'));
    expect(router.currentRoute.value.path).toBe('/people');
    expect(document.activeElement).toBe(wrapper.get('main#content').element);
  });

  it('on a desktop shows the whole menu and «Выйти» without a menu button', async () => {
    const { wrapper } = await mountLayout(false);
    unmount = () => wrapper.unmount();
    const nav = wrapper.get('[data-testid="side-menu"]');
    expect(nav.attributes()).not.toHaveProperty('inert');
    expect(nav.find('[data-testid="menu-organizations"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="logout"]').text()).toContain('Выйти');
  });

  it('has a skip link that moves the focus to the page', async () => {
    const { wrapper } = await mountLayout(false);
    unmount = () => wrapper.unmount();
    const skip = wrapper.get('[data-testid="skip-link"]');
    expect(skip.text()).toBe('Перейти к содержанию');
    await skip.trigger('click');
    expect(document.activeElement).toBe(wrapper.get('main#content').element);
  });
});
