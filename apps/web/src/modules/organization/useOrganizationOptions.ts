import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useDebouncedRef } from '@/common/useDebouncedRef';
import { OrganizationLabelQuery, OrganizationOptionsQuery } from './organization.graphql';

export interface OrganizationOption {
  value: string;
  label: string;
  name: string;
  inn: string;
}

const PICKER_SIZE = 20;

interface OrganizationLike {
  id: string;
  name: string;
  shortName?: string | null;
  inn?: string | null;
  municipality: { name: string };
}

const toOption = (o: OrganizationLike): OrganizationOption => ({
  value: o.id,
  label: `${o.shortName || o.name} (${o.municipality.name})`,
  name: o.name,
  inn: o.inn ?? '',
});

/**
 * Organisations found by the typed text, for pickers. The chosen one stays among the options;
 * an id with no known label (e.g. from the URL) is looked up once.
 */
export function useOrganizationOptions(
  selectedId: MaybeRefOrGetter<string | null | undefined>,
  known: MaybeRefOrGetter<OrganizationOption | null | undefined>,
) {
  const search = ref('');
  const debounced = useDebouncedRef(search, 300);
  const query = useQuery({
    query: OrganizationOptionsQuery,
    variables: computed(() => ({ search: debounced.value.trim() || null, first: PICKER_SIZE })),
  });
  const found = computed(() => (query.data.value?.organizations.nodes ?? []).map(toOption));

  const missingId = computed(() => {
    const id = toValue(selectedId);
    if (!id || toValue(known)?.value === id || found.value.some((o) => o.value === id)) return null;
    return id;
  });
  const label = useQuery({
    query: OrganizationLabelQuery,
    variables: computed(() => ({ id: missingId.value ?? '' })),
    pause: computed(() => !missingId.value),
  });

  const options = computed<OrganizationOption[]>(() => {
    const looked = label.data.value?.organization;
    const byId = new Map<string, OrganizationOption>();
    for (const o of [toValue(known), looked ? toOption(looked) : null, ...found.value]) {
      if (o && !byId.has(o.value)) byId.set(o.value, o);
    }
    return [...byId.values()];
  });
  return { search, options, fetching: query.fetching };
}
