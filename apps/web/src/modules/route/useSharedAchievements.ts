import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { SharedAchievementsQuery } from './route.graphql';
import { parseSharedQuery, sharedRows, toSharedQuery } from './route-logic';

/** «Диалог в сети»: teachers whose routes are shared in the caller's networks, the search in the URL, cursor paging. */
export function useSharedAchievements() {
  const { t } = useI18n();
  const { state, searchText } = useRouteQueryState({ parse: parseSharedQuery, serialize: toSharedQuery });
  const paging = useCursorPaging(() => [state.value.search]);
  const query = useQuery({
    query: SharedAchievementsQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, search: state.value.search })),
    context: listContext('LearningRoute'),
  });
  const connection = computed(() => query.data.value?.sharedAchievements);
  return {
    searchText,
    rows: computed(() => sharedRows(connection.value?.nodes ?? [])),
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
