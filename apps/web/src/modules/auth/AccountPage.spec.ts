import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import AppLayout from '@/layout/AppLayout.vue';
import AccountPage from './AccountPage.vue';
import { browserOf } from './useMySessions';

const session = (id: string, current: boolean) => ({
  __typename: 'AccountSession',
  id,
  createdAt: '2026-12-01T08:00:00Z',
  lastSeenAt: '2026-12-03T09:30:00Z',
  ip: current ? '10.0.0.5' : '192.0.2.7',
  userAgent: current ? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' : 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  current,
});
const SESSIONS = [session('s-current', true), session('s-other', false)];

type Call = { op: string; vars: Record<string, unknown> };
function api(answers: Record<string, unknown> = {}) {
  const calls: Call[] = [];
  const handler = (op: string, vars: Record<string, unknown>) => {
    calls.push({ op, vars });
    if (op in answers) return answers[op];
    if (op === 'MySessions') return { data: { mySessions: SESSIONS } };
    return { data: null };
  };
  return { calls, handler };
}

describe('AccountPage («Учётная запись»)', () => {
  it('lists the sessions, marks the current one and offers to end only the others', async () => {
    const { handler } = api();
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', api: handler });
    expect(wrapper.get('h1').text()).toBe('Учётная запись');
    const current = wrapper.get('[data-testid="session-s-current"]');
    expect(current.text()).toContain('Этот сеанс');
    expect(current.text()).toContain('Chrome 131 · Windows');
    expect(current.text()).toContain('10.0.0.5');
    expect(current.find('[data-testid="end-session-s-current"]').exists()).toBe(false);
    const other = wrapper.get('[data-testid="session-s-other"]');
    expect(other.text()).toContain('Firefox 128 · Linux');
    expect(other.get('[data-testid="end-session-s-other"]').text()).toBe('Завершить');
    expect(wrapper.get('[data-testid="end-other-sessions"]').text()).toBe('Завершить все остальные');
    expect(wrapper.get('[data-testid="password-form"]').text()).toContain('Не короче 12 символов');
  });

  it('ends one session and shows the sessions still open', async () => {
    const { calls, handler } = api({ EndSession: { data: { endSession: [SESSIONS[0]] } } });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', api: handler });
    await wrapper.get('[data-testid="end-session-s-other"]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.op === 'EndSession').map((c) => c.vars)).toEqual([{ id: 's-other' }]);
    expect(wrapper.find('[data-testid="session-s-other"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="sessions-none"]').text()).toBe('Других сеансов нет');
    expect(wrapper.get('[data-testid="end-other-sessions"]').attributes('disabled')).toBeDefined();
  });

  it('ends all the other sessions at once', async () => {
    const { calls, handler } = api({ EndOtherSessions: { data: { endOtherSessions: [SESSIONS[0]] } } });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', api: handler });
    await wrapper.get('[data-testid="end-other-sessions"]').trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.op === 'EndOtherSessions')).toBe(true);
    expect(wrapper.find('[data-testid="session-s-other"]').exists()).toBe(false);
  });

  const fill = async (w: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], old: string, next: string, repeat: string) => {
    await w.get('input[data-testid="password-oldPassword"]').setValue(old);
    await w.get('input[data-testid="password-newPassword"]').setValue(next);
    await w.get('input[data-testid="password-repeat"]').setValue(repeat);
    await w.get('[data-testid="password-form"]').trigger('submit');
    await flushPromises();
  };

  it('checks the repeated password before calling the API', async () => {
    const { calls, handler } = api();
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', api: handler });
    await fill(wrapper, 'old-password-1', 'new-password-123', 'new-password-124');
    expect(wrapper.get('[data-testid="error-repeat"]').text()).toBe('Пароли не совпадают');
    expect(calls.some((c) => c.op === 'ChangePassword')).toBe(false);
  });

  it('shows the API’s field error under the current password', async () => {
    const { calls, handler } = api({
      ChangePassword: {
        data: null,
        errors: [{ message: 'Текущий пароль введён неверно', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'oldPassword', message: 'Текущий пароль введён неверно' }] } }],
      },
    });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', api: handler });
    await fill(wrapper, 'not-my-password', 'new-password-123', 'new-password-123');
    expect(calls.filter((c) => c.op === 'ChangePassword').map((c) => c.vars)).toEqual([{ input: { oldPassword: 'not-my-password', newPassword: 'new-password-123' } }]);
    expect(wrapper.get('[data-testid="error-oldPassword"]').text()).toBe('Текущий пароль введён неверно');
    expect(wrapper.find('[data-testid="error-newPassword"]').exists()).toBe(false);
  });

  it('changes the password, clears the form and reloads the sessions', async () => {
    const { calls, handler } = api({ ChangePassword: { data: { changePassword: true } } });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', api: handler });
    const loadsBefore = calls.filter((c) => c.op === 'MySessions').length;
    await fill(wrapper, 'old-password-1', 'new-password-123', 'new-password-123');
    expect(calls.some((c) => c.op === 'ChangePassword')).toBe(true);
    expect((wrapper.get('input[data-testid="password-oldPassword"]').element as HTMLInputElement).value).toBe('');
    expect(calls.filter((c) => c.op === 'MySessions').length).toBeGreaterThan(loadsBefore);
  });

  it('is reachable from the header of every page', async () => {
    const { wrapper, router } = await mountWithApp(AppLayout, { path: '/organizations', api: () => ({ data: null }) });
    const link = wrapper.get('[data-testid="menu-account"]');
    expect(link.text()).toBe('Учётная запись');
    expect(link.attributes('href')).toBe('/account');
    expect(router.resolve('/account').name).toBe('account');
  });

  it('names browsers shortly', () => {
    expect(browserOf(null)).toBeNull();
    expect(browserOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe('Safari 605 · macOS');
    expect(browserOf('curl/8.5.0')).toBe('curl/8.5.0');
  });
});
