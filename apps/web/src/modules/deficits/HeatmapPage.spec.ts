import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { drill, heatmap, options } from './deficits-fixtures';
import HeatmapPage from './HeatmapPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

function api(seen: Seen, rows = heatmap.rows): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'DeficitOptions') return { data: { deficitOptions: options } };
    if (operation === 'DeficitHeatmap') return { data: { deficitHeatmap: { ...heatmap, rows } } };
    if (operation === 'DeficitHeatmapCell') return { data: { deficitHeatmapCell: drill } };
    return { data: null };
  };
}

describe('HeatmapPage', () => {
  it('builds the map on the newest campaign and the only municipality, shows shares per cell and drills down to people', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(HeatmapPage, { path: '/login', api: api(seen), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.findAll('[data-testid="heatmap-row"]')).toHaveLength(2));
    expect(seen.find((s) => s.operation === 'DeficitHeatmap')?.variables).toEqual({ input: { frameworkId: 'prof', campaignId: 'k1', municipalityId: 'm1', networkId: null } });
    expect(wrapper.get('[data-testid="heatmap-cell-o1-AS2"]').text()).toBe('100 %');
    expect(wrapper.get('[data-testid="heatmap-cell-o1-AS3"]').text()).toBe('25 %');
    expect(wrapper.get('[data-testid="heatmap-cell-o3-AS2"]').text()).toBe('0 %');
    expect(wrapper.find('[data-testid="heatmap-cell-o3-AS3"]').exists()).toBe(false);

    await wrapper.get('[data-testid="heatmap-cell-o1-AS2"]').trigger('click');
    await waitFor(() => expect(wrapper.findAll('[data-testid="heatmap-cell-person"]')).toHaveLength(2));
    expect(seen.find((s) => s.operation === 'DeficitHeatmapCell')?.variables).toEqual({ organizationId: 'o1', competenceId: 'as2', campaignId: 'k1' });
    expect(wrapper.get('[data-testid="heatmap-cell-person"]').text()).toBe('Павлов Игорь Николаевич');
  });

  it('keeps its filters in the URL: a first visit writes the defaults there, a reload or a shared link shows the same map', async () => {
    const first = await mountWithApp(HeatmapPage, { path: '/deficits', api: api([]) });
    await waitFor(() => expect(first.router.currentRoute.value.query).toEqual({ framework: 'prof', campaign: 'k1', municipality: 'm1' }));
    first.wrapper.unmount();

    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(HeatmapPage, { path: '/deficits?framework=prof&metric=meanScore', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="heatmap-row"]')).toHaveLength(2));
    // No campaign in the URL: everyone's latest results, not the default campaign; the metric is the mean score.
    expect(seen.find((s) => s.operation === 'DeficitHeatmap')?.variables).toEqual({ input: { frameworkId: 'prof', campaignId: null, municipalityId: null, networkId: null } });
    expect(wrapper.get('[data-testid="heatmap-cell-o1-AS2"]').text()).toBe('16,7');
    expect(router.currentRoute.value.query).toEqual({ framework: 'prof', metric: 'meanScore' });

    await wrapper.get('[data-testid="heatmap-metric"]').findAll('button')[0].trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ framework: 'prof' }));
    await waitFor(() => expect(wrapper.get('[data-testid="heatmap-cell-o1-AS2"]').text()).toBe('100 %'));
  });

  it('names the competences in the column headers, not only their codes', async () => {
    const { wrapper } = await mountWithApp(HeatmapPage, { path: '/deficits', api: api([]) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="heatmap-row"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="heatmap-competence-AS2"]').text()).toBe('AS2 Подготовка к ГИА и ВПР');
    expect(wrapper.get('[data-testid="heatmap-area-AS"]').text()).toBe('AS Оценочная');
  });

  it('opens a person from a cell in the campaign of the map, not in the latest results', async () => {
    const { wrapper } = await mountWithApp(HeatmapPage, { path: '/deficits?framework=prof&campaign=k1&municipality=m1', api: api([]), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.findAll('[data-testid="heatmap-row"]')).toHaveLength(2));
    await wrapper.get('[data-testid="heatmap-cell-o1-AS2"]').trigger('click');
    await waitFor(() => expect(wrapper.findAll('[data-testid="heatmap-cell-person"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="heatmap-cell-person"]').attributes('href')).toBe('/deficits/person/p1?campaign=k1');
  });

  it('says so when nobody was assessed', async () => {
    const { wrapper } = await mountWithApp(HeatmapPage, { path: '/login', api: api([], []) });
    await waitFor(() => expect(wrapper.find('[data-testid="heatmap-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="heatmap-empty"]').text()).toBe('Нет результатов для выбранных условий');
  });
});
