import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount, mount } from '@vue/test-utils';
import urql, { Client, fetchExchange } from '@urql/vue';
import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';
import { primeVueOptions } from '@/theme';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import DashboardView from './DashboardView.vue';
import TerritoryDashboardPage from './TerritoryDashboardPage.vue';

enableAutoUnmount(afterEach);
// jsdom has no canvas: the charts' own chunks are replaced by markers (their options are tested in dashboard-logic.spec.ts).
vi.mock('./DashboardChart.vue', async () => {
  const { h } = await import('vue');
  return { __esModule: true, default: { props: ['months'], render: () => h('div', { 'data-testid': 'dashboard-chart' }) } };
});
vi.mock('./IndicatorChart.vue', async () => {
  const { h } = await import('vue');
  return { __esModule: true, default: { props: ['indicators'], render: () => h('div', { 'data-testid': 'dashboard-indicator-chart' }) } };
});

const M1 = '11111111-1111-4111-8111-111111111111';
const R1 = '22222222-2222-4222-8222-222222222222';
const months = (activity: boolean) =>
  ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'].map((month, i) => ({
    month,
    events: activity && i === 1 ? 2 : 0,
    participants: activity && i === 1 ? 5 : 0,
    visits: activity && i === 1 ? 6 : 0,
    internshipsCompleted: 0,
  }));
const dashboard = (over: Record<string, unknown> = {}) => ({
  kind: 'MUNICIPALITY',
  subjectId: M1,
  title: 'Подпорожский муниципальный район',
  schoolYear: 2025,
  periodLabel: '2025/2026',
  from: '2025-09-01',
  to: '2026-08-31',
  indicators: [
    {
      id: 'i1',
      name: 'Доля школ с НОР/ НСУ',
      unit: 'PERCENT',
      direction: 'LOWER_IS_BETTER',
      kind: 'COMPUTED',
      status: 'ON_TRACK',
      trend: 'UP',
      measuresChange: false,
      canEdit: false,
      recalculatedAt: '2026-12-04T08:30:00.000Z',
      baseline: { year: 2020, value: 50 },
      latest: { periodStart: '2023-01-01', periodEnd: '2023-12-31', value: 25, source: 'CALCULATION', sourceText: 'Пересчёт 04.12.2026', recordedAt: '2026-12-04T08:30:00.000Z' },
      latestTarget: { year: 2023, value: 30 },
      actuals: [{ periodStart: '2023-01-01', periodEnd: '2023-12-31', value: 25, source: 'CALCULATION', recordedAt: '2026-12-04T08:30:00.000Z' }],
    },
  ],
  teachers: 32,
  mentoring: { inMentoring: 10, mentors: 4, mentees: 6, coverageShare: 31.3, pairs: 4, pairsActive: 4 },
  internships: { cohorts: 1, interns: 3, completed: 2 },
  events: { events: 2, participants: 5, visits: 6 },
  months: months(true),
  deficits: null,
  ...over,
});

type Seen = { operation: string; variables: Record<string, unknown> }[];
function api(seen: Seen, answer: () => unknown = () => ({ data: { dashboard: dashboard() } })): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Dashboard') return answer();
    if (operation === 'Regions') return { data: { regions: [{ id: R1, code: '47', name: 'Ленинградская область' }] } };
    if (operation === 'Municipalities') return { data: { municipalities: [{ id: M1, regionId: R1, name: 'Подпорожский муниципальный район', kind: 'DISTRICT' }] } };
    return { data: null };
  };
}
const dashboardVars = (seen: Seen) => seen.filter((s) => s.operation === 'Dashboard').map((s) => s.variables);

describe('TerritoryDashboardPage', () => {
  it('asks for the caller’s own territory without filters, shows the numbers and links each to its rows', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(TerritoryDashboardPage, { path: '/dashboard', api: api(seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="dashboard-number-teachers"]').exists()).toBe(true));
    expect(dashboardVars(seen)[0]).toEqual({ input: { municipalityId: null, regionId: null, schoolYear: null } });
    expect(wrapper.get('[data-testid="dashboard-subject"]').text()).toBe('Подпорожский муниципальный район, 2025/2026 учебный год');
    expect(wrapper.get('[data-testid="dashboard-number-teachers"]').text()).toContain('32');
    expect(wrapper.get('[data-testid="dashboard-number-coverage"]').text()).toContain('31,3 %');
    const events = wrapper.get('[data-testid="dashboard-number-events"]');
    expect(events.text()).toContain('2');
    expect(events.attributes('href')).toBe(`/dashboard/rows/EVENTS?year=2025&municipality=${M1}`);
    expect(wrapper.get('[data-testid="dashboard-number-teachers"]').attributes('href')).toBe(`/dashboard/rows/TEACHERS?year=2025&municipality=${M1}`);
    expect(wrapper.get('[data-testid="dashboard-number-mentors"]').attributes('href')).toBe(`/dashboard/rows/MENTORS?year=2025&municipality=${M1}`);
    // A computed indicator: the value its recalculation stored, its source and as of when.
    expect(wrapper.get('[data-testid="dashboard-indicator-actual"]').text()).toBe('Факт 2023: 25 % (Расчёт)');
    expect(wrapper.get('[data-testid="indicator-as-of"]').text()).toMatch(/^по состоянию на 04\.12\.2026, \d\d:30$/);
    expect(wrapper.find('[data-testid="indicator-recalculate"]').exists()).toBe(false); // canEdit: false
    expect(wrapper.get('[data-testid="dashboard-indicator-target"]').text()).toBe('Цель 2023: 30 %');
    expect(wrapper.get('[data-testid="dashboard-indicator-status"]').text()).toBe('Идёт по плану');
    // The chart loads in its own chunk.
    await waitFor(() => expect(wrapper.find('[data-testid="dashboard-chart"]').exists()).toBe(true));
  });

  it('keeps the territory and the school year in the URL: a shared link asks for the same, a choice rewrites the URL', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(TerritoryDashboardPage, { path: `/dashboard?municipality=${M1}&year=2023&tab=x`, api: api(seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="dashboard-number-teachers"]').exists()).toBe(true));
    expect(dashboardVars(seen)[0]).toEqual({ input: { municipalityId: M1, regionId: null, schoolYear: 2023 } });
    await router.replace({ query: { region: R1, year: '2024', tab: 'x' } });
    await waitFor(() => expect(dashboardVars(seen).at(-1)).toEqual({ input: { municipalityId: null, regionId: R1, schoolYear: 2024 } }));
    expect(router.currentRoute.value.query).toEqual({ region: R1, year: '2024', tab: 'x' });
  });

  it('draws the heatmap from its grid of numbers: each cell under its row and competence, none where nobody was assessed', async () => {
    const deficits = {
      level: 'MUNICIPALITY',
      framework: { id: 'f', name: 'Рамка' },
      campaign: null,
      areas: [
        { id: 'a1', code: '1', name: 'Предмет', competences: [{ id: 'c1', code: '1.1', name: 'Содержание' }, { id: 'c2', code: '1.2', name: 'Методика' }] },
        { id: 'a2', code: '2', name: 'Оценивание', competences: [{ id: 'c3', code: '2.1', name: 'Критерии' }] },
      ],
      rows: [
        { id: 'm1', name: 'Первый район', assessed: 4 },
        { id: 'm2', name: 'Второй район', assessed: 3 },
      ],
      grid: {
        columns: 3,
        assessed: [4, null, 2, 3, 3, null],
        deficits: [1, null, 2, 0, 3, null],
        proficits: [2, null, 0, 3, 0, null],
        deficitShare: [25, null, 100, 0, 100, null],
        proficitShare: [50, null, 0, 100, 0, null],
        meanScore: [61.5, null, 30, 88, 20.5, null],
      },
    };
    const { wrapper } = await mountWithApp(TerritoryDashboardPage, { path: '/dashboard', api: api([], () => ({ data: { dashboard: dashboard({ deficits }) } })) });
    await waitFor(() => expect(wrapper.find('[data-testid="heatmap"]').exists()).toBe(true));
    const cell = (row: string, code: string) => wrapper.find(`[data-testid="heatmap-cell-${row}-${code}"]`);
    expect(cell('m1', '1.1').text()).toBe('25 %');
    expect(cell('m1', '1.2').exists()).toBe(false);
    expect(cell('m1', '2.1').text()).toBe('100 %');
    expect(cell('m2', '1.1').text()).toBe('0 %');
    expect(cell('m2', '1.2').text()).toBe('100 %');
    expect(cell('m2', '2.1').exists()).toBe(false);
    expect(cell('m1', '1.1').attributes('title')).toContain('1.1 Содержание');
  });

  it('says so when the year has no activity and no diagnostic results', async () => {
    const { wrapper } = await mountWithApp(TerritoryDashboardPage, {
      path: '/dashboard',
      api: api([], () => ({ data: { dashboard: dashboard({ months: months(false), indicators: [], deficits: { level: 'ORGANIZATION', framework: { id: 'f', name: 'Рамка' }, campaign: null, areas: [], rows: [], grid: { columns: 0, assessed: [], deficits: [], proficits: [], deficitShare: [], proficitShare: [], meanScore: [] } } }) } })),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="dashboard-chart-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="dashboard-chart-empty"]').text()).toBe('За этот учебный год нет мероприятий и стажировок');
    expect(wrapper.get('[data-testid="dashboard-deficits-empty"]').text()).toBe('Нет результатов диагностики');
    expect(wrapper.find('[data-testid="dashboard-indicators"]').exists()).toBe(false);
  });

  it('says «not found» for a territory outside the scope, and offers a retry on an error', async () => {
    const notFound = await mountWithApp(TerritoryDashboardPage, {
      path: `/dashboard?municipality=${M1}`,
      api: api([], () => ({ data: null, errors: [{ message: 'Территория, сеть или программа не найдена', extensions: { code: 'NOT_FOUND' } }] })),
    });
    await waitFor(() => expect(notFound.wrapper.find('[data-testid="page-not-found"]').exists()).toBe(true));
    expect(notFound.wrapper.get('[data-testid="page-not-found"]').text()).toBe('Территория, сеть или программа не найдена');
    notFound.wrapper.unmount();

    let fail = true;
    const { wrapper } = await mountWithApp(TerritoryDashboardPage, {
      path: '/dashboard',
      api: api([], () => (fail ? { data: null, errors: [{ message: 'Сбой', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } : { data: { dashboard: dashboard() } })),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="page-error"]').exists()).toBe(true));
    fail = false;
    await wrapper.get('[data-testid="page-error"] button').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="dashboard-number-teachers"]').exists()).toBe(true));
  });

  it('shows the loading state until the answer comes', async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push('/dashboard');
    const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: () => new Promise<Response>(() => undefined) });
    const wrapper = mount(DashboardView, {
      props: { input: {} },
      global: { plugins: [createAppI18n(), createPinia(), router, [urql, client], [PrimeVue, primeVueOptions], ToastService, ConfirmationService] },
    });
    await waitFor(() => expect(wrapper.find('[data-testid="page-loading"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="dashboard-number-teachers"]').exists()).toBe(false);
  });
});
