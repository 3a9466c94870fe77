import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { useSessionStore } from '@/modules/auth/session.store';
import { ArchiveFrameworkMutation, FrameworkListQuery, RestoreFrameworkMutation } from './competence.graphql';
import { parseVersionedListQuery, toFrameworkFilter, toVersionedListQuery } from './framework-list-state';

/** Whether the caller keeps frameworks and the bank of methods (from `me.permissions`; the SPA only shows controls). */
export function useCompetenceRights() {
  const session = useSessionStore();
  return computed(() => ({ frameworks: session.can('COMPETENCE_WRITE'), instruments: session.can('INSTRUMENT_WRITE') }));
}

/** The framework list: URL filters → GraphQL page with cursor paging. */
export function useFrameworkList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseVersionedListQuery, serialize: toVersionedListQuery });
  const filter = computed(() => toFrameworkFilter(state.value));
  const paging = useCursorPaging(() => filter.value);
  const query = useQuery({
    query: FrameworkListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value })),
    context: listContext('CompetencyFramework'),
  });
  const connection = computed(() => query.data.value?.competencyFrameworks);
  const archiving = useArchiveActions(ArchiveFrameworkMutation, RestoreFrameworkMutation);
  const texts = (name: string) => ({
    confirmHeader: t('competence.archiveConfirm.header'),
    confirmMessage: t('competence.archiveConfirm.message', { name }),
    archived: t('competence.archivedToast'),
    restored: t('competence.restoredToast'),
  });

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
    /** Archive from the list with the undo toast (its detail carries the id). */
    archive: (row: { id: string; name: string }) => archiving.archive(row.id, texts(row.name)),
    restore: (id: string) => archiving.restore(id, texts('')),
  };
}
