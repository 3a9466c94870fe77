import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import SchoolHomePage from './SchoolHomePage.vue';

enableAutoUnmount(afterEach);

const school = {
  __typename: 'SchoolHome',
  organizationId: 'o12',
  organizationName: 'МОУ «СОШ №12» г. Воркуты',
  today: '2026-12-03',
  approvals: [{ __typename: 'AgendaApproval', routeId: 'r1', title: 'ИОМ молодого педагога', personId: 'p1', fullName: 'Филиппов Максим Игоревич', startsOn: '2026-12-01' }],
  events: [],
  indicators: [
    {
      __typename: 'Indicator',
      id: 'i1',
      name: 'Доля педагогов с ИОМ',
      unit: 'PERCENT',
      status: 'MET',
      measuresChange: false,
      latest: { __typename: 'IndicatorActual', periodEnd: '2026-09-30', value: 62.5 },
      latestTarget: { __typename: 'IndicatorTarget', year: 2026, value: 60 },
    },
  ],
};
const options = {
  __typename: 'DeficitOptions',
  frameworks: [{ __typename: 'CompetencyFramework', id: 'f1', code: 'SH', version: 1, name: 'Базовые компетенции', areas: [] }],
  campaigns: [{ __typename: 'DeficitCampaign', id: 'c1', name: 'Диагностика', frameworkId: 'f1', status: 'CLOSED', closesOn: '2026-10-01' }],
  municipalities: [],
  networks: [],
};
const heatmap = {
  __typename: 'DeficitHeatmap',
  level: 'ORGANIZATION',
  framework: { __typename: 'HeatmapFramework', id: 'f1', name: 'Базовые компетенции' },
  campaign: null,
  areas: [
    {
      __typename: 'HeatmapArea',
      id: 'a1',
      code: 'SH2',
      name: 'Постановка целей',
      competences: [
        { __typename: 'HeatmapCompetence', id: 'k1', code: 'SH2.1', name: 'Постановка учебной задачи' },
        { __typename: 'HeatmapCompetence', id: 'k2', code: 'SH2.2', name: 'Мотивация' },
      ],
    },
  ],
  rows: [{ __typename: 'HeatmapRow', id: 'o12', name: 'СОШ №12', assessed: 4 }],
  cells: [
    { __typename: 'HeatmapCell', rowId: 'o12', competenceId: 'k1', assessed: 4, deficits: 3, proficits: 0, deficitShare: 75, proficitShare: 0, meanScore: 40 },
    { __typename: 'HeatmapCell', rowId: 'o12', competenceId: 'k2', assessed: 4, deficits: 0, proficits: 1, deficitShare: 0, proficitShare: 25, meanScore: 60 },
  ],
};
const api =
  (home: unknown, errors?: unknown[]): FakeApi =>
  (op, vars) => {
    if (op === 'SchoolHome') return { data: home === null ? null : { schoolHome: home }, ...(errors ? { errors } : {}) };
    if (op === 'DeficitOptions') return { data: { deficitOptions: options } };
    if (op === 'DeficitHeatmap') {
      expect(vars).toEqual({ input: { frameworkId: 'f1', organizationIds: ['o12'] } });
      return { data: { deficitHeatmap: heatmap } };
    }
    return { data: null };
  };

describe('SchoolHomePage', () => {
  it('shows the school’s approvals, its deficits from the heatmap and its (empty) events', async () => {
    const { wrapper } = await mountWithApp(SchoolHomePage, { path: '/school/o12', props: { organizationId: 'o12' }, api: api(school) });
    await waitFor(() => expect(wrapper.find('[data-testid="home-deficit"]').exists()).toBe(true));
    expect(wrapper.get('h1').text()).toBe('МОУ «СОШ №12» г. Воркуты');
    expect(wrapper.get('[data-testid="home-approval"]').text()).toContain('педагог: Филиппов Максим Игоревич');
    expect(wrapper.get('[data-testid="home-approval"] a').attributes('href')).toBe('/routes/r1');
    const deficits = wrapper.findAll('[data-testid="home-deficit"]');
    expect(deficits).toHaveLength(1);
    expect(deficits[0]!.text()).toContain('SH2.1 Постановка учебной задачи');
    expect(deficits[0]!.text()).toContain('дефицит у 75 % (3 из 4)');
    expect(deficits[0]!.get('a').attributes('href')).toBe('/deficits?framework=f1');
    expect(wrapper.get('[data-testid="home-events"] [data-testid="home-block-empty"]').text()).toBe('Мероприятий школы в ближайшие 60 дней нет');
    const indicator = wrapper.get('[data-testid="home-indicator"]').text();
    expect(indicator).toContain('Доля педагогов с ИОМ');
    expect(indicator).toContain('Цель достигнута');
    expect(indicator).toContain('факт 62,5 % на 30.09.2026 · цель 2026: 60 %');
    expect(wrapper.get('[data-testid="home-school-card"]').attributes('href')).toBe('/organizations/o12');
  });

  it('says «not found» for a school out of reach', async () => {
    const { wrapper } = await mountWithApp(SchoolHomePage, {
      path: '/school/o35',
      props: { organizationId: 'o35' },
      api: api(null, [{ message: 'Организация не найдена', path: ['schoolHome'], extensions: { code: 'NOT_FOUND' } }]),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="page-not-found"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="page-not-found"]').text()).toBe('Организация не найдена или вне вашей зоны ответственности');
    expect(wrapper.find('[data-testid="home-approvals"]').exists()).toBe(false);
  });
});
