import { computed } from 'vue';
import { useQuery } from '@urql/vue';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import type { ListView } from '@/common/list/list-query';
import type { PracticeOrderField } from '@/gql/graphql';
import { PracticeListQuery, PracticeNetworkOptionsQuery } from './practice.graphql';
import { practiceListCodec, toPracticeFilter } from './practice-list-state';

/**
 * The bank of practices (or, `reviewable`, the review queue): URL filters, order and page → the lazy GraphQL page.
 * A search with no order chosen sorts by relevance (the full-text rank).
 */
export function usePracticeList(reviewable = false) {
  const s = useListState(practiceListCodec);
  const view = computed<ListView<PracticeOrderField>>(() => {
    const v = s.view.value;
    const chosen = v.sort.field !== practiceListCodec.defaultSort.field || v.sort.direction !== practiceListCodec.defaultSort.direction;
    return s.state.value.search && !chosen ? { ...v, sort: { field: 'RELEVANCE', direction: 'DESC' } } : v;
  });
  const list = useListQuery(
    { document: PracticeListQuery, variables: () => ({ filter: toPracticeFilter(s.state.value, reviewable), search: s.state.value.search }), view, pick: (d) => d?.practices, typename: 'Practice' },
    s,
  );
  const networks = useQuery({ query: PracticeNetworkOptionsQuery });
  const networkOptions = computed(() => (networks.data.value?.networks.nodes ?? []).map((n) => ({ value: n.id, label: n.name })));
  return { ...s, list, networkOptions };
}
