import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { errorText } from '@/graphql/errors';
import { AuditLogQuery } from './audit.graphql';
import { parseAuditLogQuery, toAuditLogFilter, toAuditLogQuery } from './audit-log-state';

/** The audit log: URL filters → GraphQL page with cursor paging, newest first. Always from the network (the log grows). */
export function useAuditLog() {
  const { t } = useI18n();
  const { state, update } = useRouteQueryState({ parse: parseAuditLogQuery, serialize: toAuditLogQuery });
  const filter = computed(() => toAuditLogFilter(state.value));
  const paging = useCursorPaging(() => [filter.value]);
  const query = useQuery({
    query: AuditLogQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value })),
    requestPolicy: 'network-only',
  });
  const connection = computed(() => query.data.value?.auditLog);

  return {
    state,
    update,
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
