import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import type { MentorBaseQuery } from '@/gql/graphql';
import { errorText } from '@/graphql/errors';
import { MentorBaseQuery as MentorBaseDocument } from './mentoring.graphql';
import { parseMentorBaseQuery, toMentorBaseFilter, toMentorBaseQuery } from './mentor-base-state';

export type MentorProfileRow = MentorBaseQuery['mentorBase']['nodes'][number];

/** The mentor base: URL filters → GraphQL page with cursor paging; loads change with mentorships. */
export function useMentorBase() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseMentorBaseQuery, serialize: toMentorBaseQuery });
  const filter = computed(() => toMentorBaseFilter(state.value));
  const paging = useCursorPaging(() => filter.value);
  const query = useQuery({
    query: MentorBaseDocument,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value })),
    context: { requestPolicy: 'cache-and-network' as const, additionalTypenames: ['MentorProfile', 'Mentorship'] },
  });
  const connection = computed(() => query.data.value?.mentorBase);

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
