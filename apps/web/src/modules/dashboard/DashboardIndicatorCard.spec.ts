import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import DashboardIndicatorCard, { type DashboardIndicator } from './DashboardIndicatorCard.vue';

enableAutoUnmount(afterEach);

const AT = '2026-12-04T08:30:00.000Z';
const computedIndicator = (over: Partial<DashboardIndicator> = {}): DashboardIndicator => ({
  id: 'i1',
  name: 'Доля педагогов с ИОМ',
  unit: 'PERCENT',
  kind: 'COMPUTED',
  status: 'BEHIND',
  trend: 'UP',
  canEdit: true,
  recalculatedAt: AT,
  baseline: { year: 2025, value: 30 },
  latest: { periodStart: '2026-01-01', periodEnd: '2026-12-31', value: 42.9, source: 'CALCULATION' },
  latestTarget: { year: 2026, value: 60 },
  ...over,
});
const job = (over: Record<string, unknown>) => ({
  __typename: 'Job',
  id: 'j1',
  kind: 'indicator.recalculate',
  title: 'Пересчёт показателя «Доля педагогов с ИОМ»',
  state: 'QUEUED',
  progress: 0,
  error: null,
  fileName: null,
  fileSize: null,
  downloadUrl: null,
  createdAt: AT,
  finishedAt: null,
  ...over,
});

describe('DashboardIndicatorCard', () => {
  it('shows a computed indicator’s stored value with its source, «по состоянию на» its recalculation, status against target and trend', async () => {
    const { wrapper } = await mountWithApp(DashboardIndicatorCard, { props: { indicator: computedIndicator({ canEdit: false }) } });
    expect(wrapper.get('[data-testid="dashboard-indicator-actual"]').text()).toBe('Факт 2026: 42,9 % (Расчёт)');
    expect(wrapper.get('[data-testid="indicator-as-of"]').attributes('data-state')).toBe('stored');
    expect(wrapper.get('[data-testid="indicator-as-of"]').text()).toMatch(/^по состоянию на 04\.12\.2026, \d\d:30$/);
    expect(wrapper.get('[data-testid="dashboard-indicator-target"]').text()).toBe('Цель 2026: 60 %');
    expect(wrapper.get('[data-testid="dashboard-indicator-status"]').text()).toBe('Отстаёт');
    expect(wrapper.text()).toContain('Улучшается');
    // Only those who keep the indicator are offered «Пересчитать».
    expect(wrapper.find('[data-testid="indicator-recalculate"]').exists()).toBe(false);
  });

  it('says «ещё не пересчитывался» when nothing was ever stored, never a 0 or a dash', async () => {
    const { wrapper } = await mountWithApp(DashboardIndicatorCard, {
      props: { indicator: computedIndicator({ recalculatedAt: null, latest: null, latestTarget: null, status: 'NO_DATA', trend: null }) },
    });
    const actual = wrapper.get('[data-testid="dashboard-indicator-actual"]');
    expect(actual.text()).toBe('Факт: ещё не пересчитывался');
    expect(actual.text()).not.toMatch(/\d|—/);
    expect(wrapper.find('[data-testid="dashboard-indicator-rows"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="indicator-as-of"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="dashboard-indicator-status"]').text()).toBe('Нет данных');
    expect(wrapper.find('[data-testid="indicator-recalculate"]').exists()).toBe(true);
  });

  it('a manual indicator has no «по состоянию на» and no «Пересчитать»', async () => {
    const { wrapper } = await mountWithApp(DashboardIndicatorCard, {
      props: { indicator: computedIndicator({ kind: 'MANUAL', recalculatedAt: null, latest: { periodStart: '2026-01-01', periodEnd: '2026-05-31', value: 64, source: 'MONITORING' } }) },
    });
    expect(wrapper.get('[data-testid="dashboard-indicator-actual"]').text()).toBe('Факт 2026: 64 % (Мониторинг)');
    expect(wrapper.find('[data-testid="indicator-as-of"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="indicator-recalculate"]').exists()).toBe(false);
  });

  it('«Пересчитать» starts the recalculation job, shows its progress, and asks the dashboard to reload when it is done', async () => {
    const asked: string[] = [];
    const answers = [job({ state: 'RUNNING', progress: 50 }), job({ state: 'DONE', progress: 100 })];
    const { wrapper } = await mountWithApp(DashboardIndicatorCard, {
      props: { indicator: computedIndicator() },
      api: (operation, variables) => {
        asked.push(`${operation}:${String(variables['indicatorId'] ?? variables['id'])}`);
        if (operation === 'RecalculateIndicator') return { data: { recalculateIndicator: job({}) } };
        return { data: { job: answers.length > 1 ? answers.shift() : answers[0] } };
      },
    });
    const button = wrapper.get('[data-testid="indicator-recalculate"]');
    expect(button.attributes('aria-label')).toBe('Пересчитать «Доля педагогов с ИОМ»');
    await button.trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-recalculate-job"]').exists()).toBe(true));
    await waitFor(() => expect(wrapper.get('[data-testid="indicator-recalculate-job"]').attributes('data-state')).toBe('DONE'));
    expect(asked[0]).toBe('RecalculateIndicator:i1');
    expect(wrapper.emitted('recalculated')).toHaveLength(1);
  });
});
