import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { RouteListQuery } from './route.graphql';
import { parseRouteListQuery, toRouteListQuery, toRoutesFilter } from './route-logic';

/** The route list: URL filters and order → GraphQL page with cursor paging. */
export function useRouteList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseRouteListQuery, serialize: toRouteListQuery });
  const filter = computed(() => toRoutesFilter(state.value));
  const paging = useCursorPaging(() => [filter.value, state.value.sort]);
  const query = useQuery({
    query: RouteListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value, sort: state.value.sort })),
    context: listContext('LearningRoute'),
  });
  const connection = computed(() => query.data.value?.learningRoutes);
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
