import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { HEATMAP_METRICS, type HeatmapFilters, type HeatmapMetric } from './deficits-logic';

/** What the heatmap page keeps in its URL: the filters and the metric, so a reload, «назад» and a shared link keep them. */
export interface HeatmapUrlState extends HeatmapFilters {
  metric: HeatmapMetric;
}

/**
 * Query parameters: `framework`, `campaign`, `municipality`, `network`, `metric` (left out when it is the default).
 * A URL with a framework but no campaign means «the latest results of everyone»; a URL without a framework is a first
 * visit, which the page fills in with its defaults (`hasFilters` tells them apart).
 */
export const heatmapUrl = {
  parse(query: LocationQuery): HeatmapUrlState & { hasFilters: boolean } {
    const one = (key: string): string | null => {
      const v = query[key];
      const s = Array.isArray(v) ? v[0] : v;
      return typeof s === 'string' && s.trim() ? s.trim() : null;
    };
    const metric = one('metric');
    return {
      frameworkId: one('framework'),
      campaignId: one('campaign'),
      municipalityId: one('municipality'),
      networkId: one('network'),
      metric: HEATMAP_METRICS.includes(metric as HeatmapMetric) ? (metric as HeatmapMetric) : 'deficitShare',
      hasFilters: one('framework') !== null,
    };
  },
  serialize(s: HeatmapUrlState): LocationQueryRaw {
    const q: LocationQueryRaw = {};
    if (s.frameworkId) q['framework'] = s.frameworkId;
    if (s.frameworkId && s.campaignId) q['campaign'] = s.campaignId;
    if (s.municipalityId) q['municipality'] = s.municipalityId;
    if (s.networkId) q['network'] = s.networkId;
    if (s.metric !== 'deficitShare') q['metric'] = s.metric;
    return q;
  },
};
