import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import type { MentorshipFilter, MentorshipListQuery } from '@/gql/graphql';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { MentorshipListQuery as MentorshipListDocument } from './mentoring.graphql';

export type MentorshipRow = MentorshipListQuery['mentorships']['nodes'][number];

/** Mentorships of a programme or of a person, newest first, with cursor paging; paused while `filter` is null. */
export function useMentorshipList(filter: MaybeRefOrGetter<MentorshipFilter | null>) {
  const { t } = useI18n();
  const paging = useCursorPaging(() => toValue(filter));
  const query = useQuery({
    query: MentorshipListDocument,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: toValue(filter) })),
    pause: computed(() => !toValue(filter)),
    context: listContext('Mentorship'),
  });
  const connection = computed(() => query.data.value?.mentorships);

  return {
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
