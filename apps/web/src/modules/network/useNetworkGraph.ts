import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { buildNetworkGraphOption, type GraphEdge, type GraphMember } from './network-graph';
import type { NetworkModel } from '@/gql/graphql';
import { useNetworkLabels } from './useNetworkLabels';

/** The scheme of a network as an ECharts option (see `buildNetworkGraphOption`), in the user's language. */
export function useNetworkGraph(network: MaybeRefOrGetter<{ model: NetworkModel; members: readonly GraphMember[]; edges: readonly GraphEdge[] }>) {
  const { t } = useI18n();
  const labels = useNetworkLabels();
  return computed(() =>
    buildNetworkGraphOption(toValue(network), {
      role: labels.role,
      edgeKind: labels.edgeKind,
      level: (n) => t('network.graph.level', { n }),
      noLevel: t('network.graph.noLevel'),
    }),
  );
}
