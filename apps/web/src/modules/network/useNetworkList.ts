import { AGREEMENT_EXPIRY_WARNING_DAYS, PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { ExpiringAgreementsQuery, NetworkListQuery, NetworkNamesQuery } from './network.graphql';
import { parseNetworkListQuery, toNetworkFilter, toNetworkListQuery } from './network-list-state';

/** The network list: URL filters → GraphQL page with cursor paging. */
export function useNetworkList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseNetworkListQuery, serialize: toNetworkListQuery });
  const filter = computed(() => toNetworkFilter(state.value));
  const paging = useCursorPaging(() => filter.value);
  const query = useQuery({
    query: NetworkListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value, sort: 'NAME_ASC' as const })),
    context: listContext('Network'),
  });
  const connection = computed(() => query.data.value?.networks);

  return {
    state,
    update,
    searchText,
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasNext: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    page: paging.page,
    pageSize: PAGE_SIZE_DEFAULT,
    next: () => paging.next(connection.value?.pageInfo.endCursor),
    prev: paging.prev,
    fetching: query.fetching,
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}

/** Active agreements ending soon, each with the name of its network (looked up only when there are some). */
export function useExpiringAgreements(withinDays = AGREEMENT_EXPIRY_WARNING_DAYS) {
  const { t } = useI18n();
  const query = useQuery({
    query: ExpiringAgreementsQuery,
    variables: { withinDays },
    context: listContext('Agreement'),
  });
  const agreements = computed(() => query.data.value?.expiringAgreements ?? []);
  const names = useQuery({ query: NetworkNamesQuery, pause: computed(() => agreements.value.length === 0), context: listContext('Network') });
  const nameOf = computed(() => new Map((names.data.value?.networks.nodes ?? []).map((n) => [n.id, n.name])));

  return {
    withinDays,
    rows: computed(() => agreements.value.map((a) => ({ ...a, networkName: nameOf.value.get(a.networkId) ?? null }))),
    fetching: computed(() => query.fetching.value && agreements.value.length === 0),
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
