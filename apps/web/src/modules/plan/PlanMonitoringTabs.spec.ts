import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import PlanMonitoringTabs from './PlanMonitoringTabs.vue';

const failing =
  (code: string): FakeApi =>
  (operation) =>
    operation === 'PlanMonitoring' ? { errors: [{ message: code === 'NOT_FOUND' ? 'План не найден' : 'Сбой сервера', extensions: { code } }] } : { data: null };

describe('PlanMonitoringTabs', () => {
  it('says a plan outside the caller’s scope is not found, not why', async () => {
    const { wrapper } = await mountWithApp(PlanMonitoringTabs, { path: '/plans/p1/monitoring', props: { planId: 'p1' }, api: failing('NOT_FOUND') });
    await waitFor(() => expect(wrapper.find('[data-testid="page-not-found"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="page-not-found"]').text()).toBe('План не найден или вне вашей зоны ответственности');
    expect(wrapper.find('[data-testid="planmon-tab-timeline"]').exists()).toBe(false);
  });

  it('shows a failure with a way to retry', async () => {
    const { wrapper } = await mountWithApp(PlanMonitoringTabs, { path: '/plans/p1/monitoring', props: { planId: 'p1' }, api: failing('INTERNAL_SERVER_ERROR') });
    await waitFor(() => expect(wrapper.find('[data-testid="page-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="page-error"]').find('button').exists()).toBe(true);
  });
});
