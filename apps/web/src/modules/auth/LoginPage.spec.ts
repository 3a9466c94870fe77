import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp as mountApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import LoginPage from './LoginPage.vue';
import { useSessionStore } from './session.store';

const me = {
  __typename: 'Me',
  id: 'a1',
  login: 'metodist',
  displayName: 'Петрова Анна Сергеевна',
  personId: null,
  grants: [{ __typename: 'RoleGrant', role: 'MUNICIPAL_METHODIST', regionId: null, municipalityId: 'm1', organizationId: null }],
  permissions: ['REGISTRY_READ', 'REGISTRY_WRITE', 'REGISTRY_IMPORT'],
};

/**
 * The sign-in page asks the API with plain requests (no urql, graphql/plain-request.ts): the fake API answers
 * `fetch` here, with the operation's name and variables as urql's fake client gets them.
 */
function mountWithApp(component: typeof LoginPage, options: Parameters<typeof mountApp>[1] & { api?: FakeApi } = {}) {
  const api: FakeApi = options.api ?? (() => ({ data: null }));
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    expect(input).toBe('/graphql');
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName: string; query: string; variables?: Record<string, unknown> };
    expect(body.query).toContain(`${body.operationName === 'Login' ? 'mutation' : 'query'} ${body.operationName}`);
    return new Response(JSON.stringify(api(body.operationName, body.variables ?? {})), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return mountApp(component, options);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('renders the Russian form', async () => {
    const { wrapper } = await mountWithApp(LoginPage);
    expect(wrapper.get('h1').text()).toBe('Вход в систему');
    expect(wrapper.find('[data-testid="login-login"]').exists()).toBe(true);
    expect(wrapper.find('input[data-testid="login-password"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="login-submit"]').text()).toContain('Войти');
  });

  it('asks for both fields before calling the API', async () => {
    let calls = 0;
    // The page reads the sign-in options on its own; no Login is sent.
    const { wrapper } = await mountWithApp(LoginPage, { api: (operation) => (operation === 'Login' && calls++, { data: null }) });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    // The error box's component is loaded with the first error (LoginPage.vue).
    expect((await waitFor(() => wrapper.get('[data-testid="login-error"]'))).text()).toContain('Введите логин и пароль');
    expect(calls).toBe(0);
  });

  it('says so when the API cannot be reached', async () => {
    const { wrapper } = await mountWithApp(LoginPage);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await wrapper.get('[data-testid="login-login"]').setValue('metodist');
    await wrapper.get('input[data-testid="login-password"]').setValue('any-password');
    await wrapper.get('form').trigger('submit');
    expect((await waitFor(() => wrapper.get('[data-testid="login-error"]'))).text()).toContain('Нет связи с сервером');
  });

  it('shows the password on the eye button (a toggle) and hides it again', async () => {
    const { wrapper } = await mountWithApp(LoginPage);
    const eye = wrapper.get('[data-testid="login-show-password"]');
    expect(eye.attributes('aria-label')).toBe('Показать пароль');
    expect(wrapper.get('[data-testid="login-password"]').attributes('type')).toBe('password');
    await eye.trigger('click');
    expect(eye.attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="login-password"]').attributes('type')).toBe('text');
    await eye.trigger('click');
    expect(wrapper.get('[data-testid="login-password"]').attributes('type')).toBe('password');
  });

  it('shows the API refusal', async () => {
    const { wrapper } = await mountWithApp(LoginPage, {
      api: () => ({ data: null, errors: [{ message: 'Неверный логин или пароль', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    await wrapper.get('[data-testid="login-login"]').setValue('metodist');
    await wrapper.get('input[data-testid="login-password"]').setValue('wrong-password');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect((await waitFor(() => wrapper.get('[data-testid="login-error"]'))).text()).toContain('Неверный логин или пароль');
  });

  it('stores the account and goes where the user wanted', async () => {
    const { wrapper, router } = await mountWithApp(LoginPage, {
      path: '/login?redirect=/people',
      api: (operation) => (operation === 'Login' ? { data: { login: { __typename: 'LoginPayload', expiresAt: '2030-01-01T00:00:00Z', me } } } : { data: null }),
    });
    // Resolved when the navigation ends (the people page loads lazily: however long that takes on a busy machine).
    const arrived = new Promise<string>((resolve) => router.afterEach((to) => resolve(to.fullPath)));
    await wrapper.get('[data-testid="login-login"]').setValue('metodist');
    await wrapper.get('input[data-testid="login-password"]').setValue('correct horse battery');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(useSessionStore().displayName).toBe('Петрова Анна Сергеевна');
    expect(await arrived).toBe('/people');
    expect(router.currentRoute.value.fullPath).toBe('/people');
  });

  it('offers «Войти через …» when the installation has an identity provider, and hides the password form when it is off', async () => {
    const options = (passwordLogin: boolean) => (operation: string) =>
      operation === 'SignInOptions'
        ? { data: { signInOptions: { __typename: 'SignInOptions', passwordLogin, providerLabel: 'Госуслуги (ЕСИА)', providerUrl: '/api/auth/oidc/start' } } }
        : { data: null };
    const both = await mountWithApp(LoginPage, { api: options(true) });
    await flushPromises();
    const button = both.wrapper.get('[data-testid="login-provider"]');
    expect(button.text()).toBe('Войти через Госуслуги (ЕСИА)');
    expect(button.attributes('href')).toBe('/api/auth/oidc/start');
    expect(both.wrapper.find('[data-testid="login-submit"]').exists()).toBe(true);
    const only = await mountWithApp(LoginPage, { api: options(false) });
    await flushPromises();
    expect(only.wrapper.find('[data-testid="login-provider"]').exists()).toBe(true);
    expect(only.wrapper.find('[data-testid="login-submit"]').exists()).toBe(false);
  });
});
