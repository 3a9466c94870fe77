import { computed, ref, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { useDebouncedRef } from '../useDebouncedRef';
import { mergeListQuery, parseListView, rememberListQuery, serializeListView, unprefixQuery, type ListCodec, type ListSort, type ListView, type PageSize } from './list-query';

export interface ListStateOptions {
  /** Debounce of the search box before it reaches the URL, ms. */
  debounceMs?: number;
  /**
   * A prefix of every URL key of this list (its filters and `sort`/`dir`/`page`/`size`), for a page with more than
   * one list (tabs of a card): `p_page` and `r_page` never fight.
   */
  prefix?: string;
}

/**
 * One list's whole state in the URL query: the domain's filters (through its codec), the order, the page and the
 * page size. Reload, a shared link and «назад» return to it; a filter, order or size change goes back to page 1.
 * The search box (when the filters have `search`) is debounced before it reaches the URL. Each change replaces the
 * history entry, so «назад» from a card lands on the list as it was left; the last query of each list route is also
 * remembered for the cards' «к списку» links. The list writes only its own keys: the rest of the query (a card's
 * `tab`, another list's prefixed keys) and the route params stay as they are.
 */
export function useListState<S extends { search?: string | null }, F extends string>(codec: ListCodec<S, F>, options: ListStateOptions | number = {}) {
  const { debounceMs = 350, prefix = '' } = typeof options === 'number' ? { debounceMs: options } : options;
  const route = useRoute();
  const router = useRouter();
  const own = computed<LocationQuery>(() => unprefixQuery(route.query, prefix));
  const state = computed(() => codec.parse(own.value));
  const view = computed<ListView<F>>(() => parseListView(own.value, codec.sortFields, codec.defaultSort));

  function go(filters: S, next: ListView<F>): void {
    const mine: LocationQueryRaw = { ...codec.serialize(filters), ...serializeListView(next, codec.defaultSort) };
    // Keys this list wrote before (its current filters) are its own too, so a cleared filter leaves the URL.
    const before = Object.keys(codec.serialize(state.value));
    void router.replace({ params: route.params, query: mergeListQuery(route.query, mine, before, prefix) });
  }

  /** Changes filters; back to page 1. */
  function update(patch: Partial<S>): void {
    go({ ...state.value, ...patch }, { ...view.value, page: 1 });
  }
  function setSort(sort: ListSort<F>): void {
    go(state.value, { ...view.value, sort, page: 1 });
  }
  function setPage(page: number, size: PageSize = view.value.size): void {
    go(state.value, { ...view.value, size, page: size === view.value.size ? Math.max(1, page) : 1 });
  }

  const routeName = typeof route.name === 'string' ? route.name : null;
  watch(
    () => route.query,
    (query) => {
      if (routeName && route.name === routeName) rememberListQuery(routeName, query);
    },
    { immediate: true },
  );

  const searchText = ref(state.value.search ?? '');
  const debounced = useDebouncedRef(searchText, debounceMs);
  watch(debounced, (value) => {
    const search = value.trim() || null;
    if (search !== (state.value.search ?? null)) update({ search } as Partial<S>);
  });
  // Back/forward or a link may change the search in the URL: show it in the box.
  watch(
    () => state.value.search,
    (search) => {
      if ((search ?? '') !== searchText.value.trim()) searchText.value = search ?? '';
    },
  );

  return { state, view, update, setSort, setPage, searchText };
}
