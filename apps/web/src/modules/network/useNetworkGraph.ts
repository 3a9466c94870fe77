import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { buildNetworkGraphOption, type GraphEdge, type GraphMember } from './network-graph';
import type { NetworkModel } from '@/gql/graphql';
import { useNetworkLabels } from './useNetworkLabels';

/**
 * The scheme of a network as an ECharts option (see `buildNetworkGraphOption`), in the user's language.
 * It draws the organisations taking part: invited, declined and departed ones are in the members tab only.
 */
export function useNetworkGraph(
  network: MaybeRefOrGetter<{ model: NetworkModel; members: readonly (GraphMember & { status?: string })[]; edges: readonly GraphEdge[] }>,
) {
  const { t } = useI18n();
  const labels = useNetworkLabels();
  return computed(() => {
    const n = toValue(network);
    return buildNetworkGraphOption({ ...n, members: n.members.filter((m) => (m.status ?? 'ACCEPTED') === 'ACCEPTED') }, {
      role: labels.role,
      edgeKind: labels.edgeKind,
      level: (n) => t('network.graph.level', { n }),
      noLevel: t('network.graph.noLevel'),
    });
  });
}
