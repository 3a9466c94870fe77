import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { Option } from '@/common/useEnumLabels';
import { MunicipalitiesQuery, RegionsQuery } from './territory.graphql';

/** Regions the user works in, as select options. */
export function useRegions() {
  const query = useQuery({ query: RegionsQuery });
  const regions = computed(() => query.data.value?.regions ?? []);
  const options = computed<Option<string>[]>(() => regions.value.map((r) => ({ value: r.id, label: r.name })));
  return { regions, options, fetching: query.fetching, error: query.error };
}

/** Municipalities the user works in (optionally of one region), as select options sorted by name. */
export function useMunicipalities(regionId: MaybeRefOrGetter<string | null | undefined> = null) {
  const query = useQuery({
    query: MunicipalitiesQuery,
    variables: computed(() => ({ regionId: toValue(regionId) ?? null })),
  });
  const municipalities = computed(() => query.data.value?.municipalities ?? []);
  const options = computed<Option<string>[]>(() =>
    municipalities.value.map((m) => ({ value: m.id, label: m.name })).sort((a, b) => a.label.localeCompare(b.label, 'ru')),
  );
  return { municipalities, options, fetching: query.fetching, error: query.error };
}
