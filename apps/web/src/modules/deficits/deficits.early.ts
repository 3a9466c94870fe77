import type { RouteLocationNormalized } from 'vue-router';
import type { DeficitOptionsQuery as Options } from '@/gql/graphql';
import { sendEarly } from '@/graphql/early';
import { firstVisitFilters, heatmapInput } from './deficits-logic';
import { DeficitHeatmapQuery, DeficitOptionsQuery } from './deficits.graphql';
import { heatmapUrl } from './heatmap-url';

/**
 * The heatmap's options and its map for the URL, sent as the app opens on it (graphql/early.ts): on a first visit (no
 * framework in the URL) the map of the defaults the page will put there (`firstVisitFilters`), once the options tell them.
 */
export async function sendHeatmapEarly(to: Pick<RouteLocationNormalized, 'query'>): Promise<void> {
  const url = heatmapUrl.parse(to.query);
  const options = sendEarly<Options>(DeficitOptionsQuery, {});
  let filters: Parameters<typeof heatmapInput>[0] = url;
  if (!url.hasFilters) {
    const opts = (await options)?.deficitOptions;
    const defaults = opts ? firstVisitFilters(opts, url.municipalityId) : null;
    if (!defaults) return;
    filters = { ...url, ...defaults };
  }
  const input = heatmapInput(filters);
  if (input) void sendEarly(DeficitHeatmapQuery, { input });
}
