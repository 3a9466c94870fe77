import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { AssociationListQuery } from './association.graphql';
import { parseAssociationListQuery, toAssociationFilter, toAssociationListQuery } from './association-list-state';

/** The association list: URL filters → GraphQL page with cursor paging. */
export function useAssociationList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseAssociationListQuery, serialize: toAssociationListQuery });
  const filter = computed(() => toAssociationFilter(state.value));
  const paging = useCursorPaging(() => filter.value);
  const query = useQuery({
    query: AssociationListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value })),
    context: listContext('Association'),
  });
  const connection = computed(() => query.data.value?.associations);

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
