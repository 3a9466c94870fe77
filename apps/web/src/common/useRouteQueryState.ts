import { computed, ref, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { useDebouncedRef } from './useDebouncedRef';

interface QueryCodec<S extends { search: string | null }> {
  parse(query: LocationQuery): S;
  serialize(state: S): LocationQueryRaw;
}

/**
 * List filters kept in the URL query (shareable, survive reload and back/forward).
 * The search box is debounced before it reaches the URL.
 */
export function useRouteQueryState<S extends { search: string | null }>(codec: QueryCodec<S>, debounceMs = 350) {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => codec.parse(route.query));

  function update(patch: Partial<S>): void {
    void router.replace({ query: codec.serialize({ ...state.value, ...patch }) });
  }

  const searchText = ref(state.value.search ?? '');
  const debounced = useDebouncedRef(searchText, debounceMs);
  watch(debounced, (value) => {
    const search = value.trim() || null;
    if (search !== state.value.search) update({ search } as Partial<S>);
  });
  // Back/forward or a link may change the search in the URL: show it in the box.
  watch(
    () => state.value.search,
    (search) => {
      if ((search ?? '') !== searchText.value.trim()) searchText.value = search ?? '';
    },
  );

  return { state, update, searchText };
}
