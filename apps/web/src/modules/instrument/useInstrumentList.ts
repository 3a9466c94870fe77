import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { ArchiveInstrumentMutation, InstrumentListQuery, PublishedFrameworksQuery, RestoreInstrumentMutation } from './instrument.graphql';
import { parseInstrumentListQuery, toInstrumentFilter, toInstrumentListQuery } from './instrument-list-state';

/** Published frameworks as select options («SHADRIKOV v1 — name»). */
export function usePublishedFrameworks() {
  const query = useQuery({ query: PublishedFrameworksQuery, context: listContext('CompetencyFramework') });
  return computed(() => (query.data.value?.competencyFrameworks.nodes ?? []).map((f) => ({ value: f.id, label: `${f.code} v${f.version} — ${f.name}` })));
}

/** The instrument list: URL filters → GraphQL page with cursor paging. */
export function useInstrumentList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseInstrumentListQuery, serialize: toInstrumentListQuery });
  const filter = computed(() => toInstrumentFilter(state.value));
  const paging = useCursorPaging(() => filter.value);
  const query = useQuery({
    query: InstrumentListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value })),
    context: listContext('DiagnosticInstrument'),
  });
  const connection = computed(() => query.data.value?.diagnosticInstruments);
  const archiving = useArchiveActions(ArchiveInstrumentMutation, RestoreInstrumentMutation);
  const texts = (name: string) => ({
    confirmHeader: t('instrument.archiveConfirm.header'),
    confirmMessage: t('instrument.archiveConfirm.message', { name }),
    archived: t('instrument.archivedToast'),
    restored: t('instrument.restoredToast'),
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
