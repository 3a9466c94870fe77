import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import type { Option } from '@/common/useEnumLabels';
import { NetworkOptionsQuery } from './network.graphql';

/** Active networks the caller coordinates, as select options (hosts of associations and programmes). */
export function useNetworkOptions() {
  const query = useQuery({ query: NetworkOptionsQuery });
  const options = computed<Option<string>[]>(() =>
    (query.data.value?.networks.nodes ?? []).filter((n) => n.canEdit).map((n) => ({ value: n.id, label: n.name })),
  );
  return { options, fetching: query.fetching };
}
