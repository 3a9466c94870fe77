import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp } from '@/test/mount-app';
import IndicatorListPage from './IndicatorListPage.vue';
import IndicatorPage from './IndicatorPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];
const target = (year: number, value: number, text: string) => ({ __typename: 'IndicatorTarget', year, value, text });
const actual = (periodStart: string, periodEnd: string, value: number) => ({
  __typename: 'IndicatorActual',
  periodStart,
  periodEnd,
  value,
  source: 'MONITORING',
  sourceText: 'Демонстрационное значение',
  computed: false,
  illustrative: true,
  recordedAt: '2026-06-01T10:00:00.000Z',
});
const owner = { __typename: 'IndicatorOwner', kind: 'NETWORK', id: 'n1', name: 'Мастерская педагогического диалога «Будем дружить школами»' };
const indicator = (over: Record<string, unknown> = {}) => ({
  __typename: 'Indicator',
  id: 'i1',
  name: 'Повышение уровня профессиональных компетенций педагогов',
  section: 'Основные',
  position: 3,
  description: '',
  unit: 'PERCENT',
  direction: 'HIGHER_IS_BETTER',
  kind: 'MANUAL',
  computedKey: null,
  formula: null,
  measuresChange: false,
  status: 'MET',
  statusRule: 'Цель достигнута — последнее фактическое значение достигло цели своего года',
  trend: 'UP',
  sourceNote: 'seed 000',
  illustrative: false,
  archivedAt: null,
  canEdit: true,
  recalculatedAt: null,
  updatedAt: '2026-12-01T00:00:00Z',
  owner,
  baseline: target(2025, 60, '60%'),
  targets: [target(2026, 70, '70%'), target(2027, 80, '80%')],
  actuals: [actual('2025-09-01', '2026-05-31', 64), actual('2026-09-01', '2026-12-31', 71)],
  latest: { __typename: 'IndicatorActual', periodEnd: '2026-12-31', value: 71, illustrative: true },
  latestTarget: target(2026, 70, '70%'),
  ...over,
});

function api(seen: Seen = [], over: Record<string, unknown> = {}) {
  return (operation: string, variables: Record<string, unknown>) => {
    seen.push({ operation, variables });
    if (operation === 'IndicatorPage') return { data: { indicator: indicator(over) } };
    if (operation === 'IndicatorValues') {
      return {
        data: {
          indicatorValues: [
            {
              __typename: 'IndicatorValue',
              id: 'v1',
              indicatorId: 'i1',
              periodStart: '2026-09-01',
              periodEnd: '2026-12-31',
              organizationId: null,
              organizationName: null,
              value: 71,
              source: 'MONITORING',
              sourceText: '',
              enteredAt: '2026-12-01T00:00:00Z',
              illustrative: true,
              archivedAt: null,
            },
          ],
        },
      };
    }
    if (operation === 'IndicatorList') {
      const { __typename, ...rest } = indicator(over);
      return { data: { indicators: { __typename: 'IndicatorConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [{ __typename, ...rest }] } } };
    }
    if (operation === 'CreateIndicatorValue') return { data: { createIndicatorValue: { __typename: 'IndicatorValue', id: 'v2' } } };
    return { data: null };
  };
}

describe('IndicatorListPage', () => {
  it('lists indicators with owner, target and status, sending the URL filters', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(IndicatorListPage, { path: '/indicators?owner=NETWORK&status=MET&unit=PERCENT', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="indicator-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="indicator-row"]').text();
    expect(row).toContain('Повышение уровня профессиональных компетенций педагогов');
    expect(row).toContain('Будем дружить школами');
    expect(row).toContain('70% (2026)');
    expect(row).toContain('Цель достигнута');
    expect(seen.find((s) => s.operation === 'IndicatorList')?.variables).toMatchObject({
      filter: { ownerKind: 'NETWORK', status: 'MET', unit: 'PERCENT', archived: 'ACTIVE' },
      orderBy: { field: 'OWNER', direction: 'ASC' },
    });
  });
});

describe('IndicatorPage', () => {
  it('shows baseline and targets as written, the actuals, and the status with its rule and trend', async () => {
    const { wrapper } = await mountWithApp(IndicatorPage, { path: '/indicators/i1', props: { id: 'i1' }, api: api() });
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-name"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="indicator-status"]').text()).toBe('Цель достигнута');
    expect(wrapper.get('[data-testid="indicator-trend"]').text()).toContain('Улучшается');
    expect(wrapper.get('[data-testid="indicator-status-rule"]').text()).toContain('Цель достигнута');
    const targets = wrapper.get('[data-testid="indicator-targets"]').text();
    expect(targets).toContain('60%');
    expect(targets).toContain('80%');
    expect(wrapper.get('[data-testid="indicator-actuals"]').findAll('tbody tr')).toHaveLength(2);
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-values"]').exists()).toBe(true));
  });

  it('says a computed indicator has no values until its calculation is plugged in, offers no value entry, and shows only what its recalculation stored', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(IndicatorPage, {
      path: '/indicators/i1',
      props: { id: 'i1' },
      api: api(seen, { kind: 'COMPUTED', computedKey: 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', actuals: [], latest: null, latestTarget: null, status: 'NO_DATA', trend: null, recalculatedAt: null }),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-no-actuals"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="indicator-formula"]').text()).toContain('расчёт этого показателя ещё не подключён');
    expect(wrapper.find('[data-testid="value-add"]').exists()).toBe(false);
    // Its values are those a recalculation stored («Расчёт»), shown as its actuals: read-only, never the manual values' table.
    expect(seen.some((s) => s.operation === 'IndicatorValues')).toBe(false);
    expect(wrapper.find('[data-testid="indicator-values"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="value-archive"]').exists()).toBe(false);
  });

  it('says a computed indicator was never recalculated (no value, not 0) and offers «Пересчитать»', async () => {
    const { wrapper } = await mountWithApp(IndicatorPage, {
      path: '/indicators/i1',
      props: { id: 'i1' },
      api: api([], { kind: 'COMPUTED', computedKey: 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', formula: 'Доля педагогов с ИОМ', actuals: [], latest: null, latestTarget: null, status: 'NO_DATA', trend: null, recalculatedAt: null }),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-no-actuals"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="indicator-no-actuals"]').text()).toContain('ещё не пересчитывался');
    expect(wrapper.get('[data-testid="computed-no-values"]').text()).toContain('ещё не пересчитывался');
    expect(wrapper.find('[data-testid="indicator-as-of"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="indicator-recalculate"]').exists()).toBe(true);
  });

  it('shows a computed indicator’s stored values per period with their source, «по состоянию на» its recalculation', async () => {
    const at = '2026-12-04T08:30:00.000Z';
    const stored = (periodStart: string, value: number) => ({ ...actual(periodStart, `${periodStart.slice(0, 4)}-12-31`, value), source: 'CALCULATION', sourceText: 'Пересчёт 04.12.2026', computed: true, illustrative: false, recordedAt: at });
    const { wrapper } = await mountWithApp(IndicatorPage, {
      path: '/indicators/i1',
      props: { id: 'i1' },
      api: api([], { kind: 'COMPUTED', computedKey: 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', formula: 'Доля педагогов с ИОМ', recalculatedAt: at, actuals: [stored('2025-01-01', 38.5), stored('2026-01-01', 42.9)] }),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-actuals"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="indicator-as-of"]').text()).toMatch(/^по состоянию на 04\.12\.2026, \d\d:30$/);
    const rows = wrapper.get('[data-testid="indicator-actuals"]').findAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.text()).toContain('42,9');
    expect(rows[1]!.text()).toContain('Расчёт — Пересчёт 04.12.2026');
    expect(wrapper.findAll('[data-testid="computed-value"]')).toHaveLength(2);
  });

  it('refuses a period that ends before it starts in the value form, before asking the API', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(IndicatorPage, { path: '/indicators/i1', props: { id: 'i1' }, api: api(seen), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.find('[data-testid="value-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="value-add"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="value-dialog"] form').exists()).toBe(true));
    await wrapper.get('#value-start').setValue('2027-05-31');
    await wrapper.get('#value-end').setValue('2027-01-01');
    await wrapper.get('[data-testid="value-dialog"] form').trigger('submit');
    await waitFor(() => expect(wrapper.text()).toContain('Конец периода — не раньше его начала'));
    expect(seen.some((s) => s.operation === 'CreateIndicatorValue')).toBe(false);
  });
});
