import { flushPromises, mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { waitFor } from '@/test/wait';
import PageLoadError from './PageLoadError.vue';
import { browserNavigation, failedPage, installPageLoadErrorHandler, isPageLoadError } from './page-load-error';

const Blank = { template: '<div />' };

/** A router whose «/broken» page cannot be loaded, as when offline or after a redeploy. */
function routerWithBrokenPage(error: Error) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/fine', component: Blank },
      { path: '/broken', component: () => Promise.reject(error) },
    ],
  });
  installPageLoadErrorHandler(router);
  return router;
}

describe('a page whose code cannot be loaded', () => {
  afterEach(() => {
    failedPage.value = null;
  });

  it('tells a failed download of a page from a bug in the page', () => {
    expect(isPageLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/HeatmapPage-abc.js'))).toBe(true);
    expect(isPageLoadError(new TypeError('error loading dynamically imported module: http://x/assets/a.js'))).toBe(true);
    expect(isPageLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isPageLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
    expect(isPageLoadError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isPageLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('remembers the page asked for, and forgets it after the next navigation that succeeds', async () => {
    const router = routerWithBrokenPage(new TypeError('Failed to fetch dynamically imported module: http://x/assets/Broken-1.js'));
    await router.push('/');
    await expect(router.push('/broken?tab=2')).rejects.toThrow('dynamically imported');
    expect(failedPage.value).toBe('/broken?tab=2');
    expect(router.currentRoute.value.path).toBe('/');
    await router.push('/fine');
    expect(failedPage.value).toBeNull();
  });

  it('leaves other errors of a navigation alone', async () => {
    const router = routerWithBrokenPage(new TypeError('x is not a function'));
    await router.push('/');
    await expect(router.push('/broken')).rejects.toThrow('x is not a function');
    expect(failedPage.value).toBeNull();
  });

  it('says «Не удалось загрузить страницу — обновите» with a button that loads the page afresh', async () => {
    const assign = vi.spyOn(browserNavigation, 'assign').mockImplementation(() => undefined);
    const wrapper = mount(PageLoadError, { global: { plugins: [createAppI18n(), PrimeVue] } });
    expect(wrapper.find('[data-testid="page-load-error"]').exists()).toBe(false);
    failedPage.value = '/deficits?frameworkId=f1';
    await waitFor(() => expect(wrapper.get('[data-testid="page-load-error"]').text()).toContain('Не удалось загрузить страницу — обновите'));
    expect(wrapper.get('[data-testid="page-load-error"]').attributes('role')).toBe('alert');
    await wrapper.get('[data-testid="page-load-reload"]').trigger('click');
    await flushPromises();
    expect(assign).toHaveBeenCalledWith('/deficits?frameworkId=f1');
    assign.mockRestore();
  });
});
