import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { Option } from '@/common/useEnumLabels';
import { orgLabel } from '@/modules/network/useNetworkLabels';
import { ProgramNetworkSchoolsQuery } from './mentoring.graphql';

/** «Школа – школе» in a network: its member organisations as options (the API takes only those). */
export function useSchoolOptions(networkId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({
    query: ProgramNetworkSchoolsQuery,
    variables: computed(() => ({ id: toValue(networkId) ?? '' })),
    pause: computed(() => !toValue(networkId)),
  });
  const options = computed<Option<string>[]>(() =>
    (query.data.value?.network.members ?? []).map((m) => ({ value: m.organizationId, label: orgLabel(m.organization) })).sort((a, b) => a.label.localeCompare(b.label, 'ru')),
  );
  return { options, fetching: query.fetching };
}
