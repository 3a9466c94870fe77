import { describe, expect, it } from 'vitest';
import { heatmapUrl } from './heatmap-url';

describe('the heatmap URL', () => {
  it('round-trips the filters and the metric', () => {
    const state = { frameworkId: 'f1', campaignId: 'k2022', municipalityId: 'm1', networkId: null, metric: 'meanScore' as const };
    const query = heatmapUrl.serialize(state);
    expect(query).toEqual({ framework: 'f1', campaign: 'k2022', municipality: 'm1', metric: 'meanScore' });
    expect(heatmapUrl.parse(query as Record<string, string>)).toEqual({ ...state, hasFilters: true });
  });

  it('leaves out the default metric and empty filters; a framework without a campaign means the latest results', () => {
    const query = heatmapUrl.serialize({ frameworkId: 'f1', campaignId: null, municipalityId: null, networkId: 'n1', metric: 'deficitShare' });
    expect(query).toEqual({ framework: 'f1', network: 'n1' });
    expect(heatmapUrl.parse(query as Record<string, string>)).toMatchObject({ frameworkId: 'f1', campaignId: null, networkId: 'n1', metric: 'deficitShare', hasFilters: true });
  });

  it('tells a first visit (no framework) from a chosen map, and ignores what it does not know', () => {
    expect(heatmapUrl.parse({})).toEqual({ frameworkId: null, campaignId: null, municipalityId: null, networkId: null, metric: 'deficitShare', hasFilters: false });
    expect(heatmapUrl.parse({ framework: ['f1', 'f2'], metric: 'bogus', campaign: '  ' })).toMatchObject({ frameworkId: 'f1', campaignId: null, metric: 'deficitShare' });
    expect(heatmapUrl.serialize({ frameworkId: null, campaignId: 'k1', municipalityId: null, networkId: null, metric: 'deficitShare' })).toEqual({});
  });
});
