import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useDebouncedRef } from '@/common/useDebouncedRef';
import { OrganizationOptionsQuery } from './organization.graphql';

export interface OrganizationOption {
  value: string;
  label: string;
  name: string;
  inn: string;
}

const PICKER_SIZE = 20;

/** Organisations found by the typed text, for pickers; the chosen one stays among the options. */
export function useOrganizationOptions(selected: MaybeRefOrGetter<OrganizationOption | null | undefined>) {
  const search = ref('');
  const debounced = useDebouncedRef(search, 300);
  const query = useQuery({
    query: OrganizationOptionsQuery,
    variables: computed(() => ({ search: debounced.value.trim() || null, first: PICKER_SIZE })),
  });
  const options = computed<OrganizationOption[]>(() => {
    const found = (query.data.value?.organizations.nodes ?? []).map((o) => ({
      value: o.id,
      label: `${o.shortName || o.name} (${o.municipality.name})`,
      name: o.name,
      inn: o.inn ?? '',
    }));
    const current = toValue(selected);
    return current && !found.some((o) => o.value === current.value) ? [current, ...found] : found;
  });
  return { search, options, fetching: query.fetching };
}
