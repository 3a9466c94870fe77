import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import ComputedIndicatorPanel from './ComputedIndicatorPanel.vue';
import { computedValueText, drillDownCodec } from './drill-down-list';

const row = (i: number, counted: boolean) => ({
  __typename: 'DrillDownRow',
  id: `p${i}`,
  kind: 'PERSON',
  personId: `p${i}`,
  organizationId: null,
  name: `Иванова Мария ${i}`,
  organizationName: 'МОУ «СОШ № 12»',
  counted,
});

function api(seen: { operation: string; variables: Record<string, unknown> }[]): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'IndicatorDrillDown') {
      const nodes = variables['rows'] === 'DENOMINATOR' ? [row(1, true), row(2, false), row(3, true)] : [row(1, true), row(3, true)];
      return { data: { indicatorDrillDown: { __typename: 'DrillDownRowConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } } };
    }
    return { data: null };
  };
}

const props = {
  indicatorId: 'i1',
  formula: 'Педагоги с утверждённым ИОМ ÷ все педагоги × 100 %',
  isCount: false,
  actuals: [
    { periodStart: '2022-01-01', periodEnd: '2022-12-31', value: 28.6 },
    { periodStart: '2023-01-01', periodEnd: '2023-12-31', value: 42.9 },
  ],
};

describe('a computed indicator on its page', () => {
  it('shows the formula and the values; a click on a value lists the teachers behind it (period in the URL)', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper, router } = await mountWithApp(ComputedIndicatorPanel, { path: '/people?tab=values', props, api: api(seen) });
    expect(wrapper.get('[data-testid="computed-formula"]').text()).toContain('утверждённым ИОМ');
    expect(wrapper.findAll('[data-testid="computed-value"]').map((b) => b.text())).toEqual(['28,6 %', '42,9 %']);
    expect(seen.filter((s) => s.operation === 'IndicatorDrillDown')).toHaveLength(0);
    await wrapper.findAll('[data-testid="computed-value"]')[1]!.trigger('click');
    await waitFor(() => expect(wrapper.findAll('[data-testid="drill-row"]')).toHaveLength(2));
    expect(router.currentRoute.value.query).toMatchObject({ tab: 'values', d_from: '2023-01-01', d_to: '2023-12-31' });
    expect(seen.at(-1)?.variables).toMatchObject({ indicatorId: 'i1', periodStart: '2023-01-01', periodEnd: '2023-12-31', rows: 'COUNTED', first: 25, offset: 0 });
    expect(wrapper.findAll('[data-testid="drill-person"]').map((a) => a.text())).toEqual(['Иванова Мария 1', 'Иванова Мария 3']);
  });

  it('opens on the rows the URL names (the whole denominator) and closes them', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper, router } = await mountWithApp(ComputedIndicatorPanel, { path: '/people?d_from=2022-01-01&d_to=2022-12-31&d_rows=DENOMINATOR', props, api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="drill-row"]')).toHaveLength(3));
    expect(seen.at(-1)?.variables).toMatchObject({ periodStart: '2022-01-01', rows: 'DENOMINATOR' });
    expect(wrapper.findAll('[data-testid="drill-counted"]').map((c) => c.text())).toEqual(['да', 'нет', 'да']);
    await wrapper.get('[data-testid="computed-close"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({}));
    expect(wrapper.find('[data-testid="computed-choose"]').exists()).toBe(true);
  });
});

describe('drill-down URL state', () => {
  it('reads only real days and known row choices', () => {
    expect(drillDownCodec.parse({ from: '2025-01-01', to: 'вчера', rows: 'ALL' })).toEqual({ periodStart: '2025-01-01', periodEnd: null, rows: 'COUNTED' });
    expect(drillDownCodec.serialize({ periodStart: '2025-01-01', periodEnd: '2025-12-31', rows: 'NOT_COUNTED' })).toEqual({ from: '2025-01-01', to: '2025-12-31', rows: 'NOT_COUNTED' });
  });
  it('a share is shown in per cent, a count as a number', () => {
    expect(computedValueText(42.9, false, (v) => `${v} %`)).toBe('42.9 %');
    expect(computedValueText(12, true, (v) => `${v} %`)).toBe('12');
    expect(computedValueText(null, false, (v) => `${v} %`)).toBe('—');
  });
});
