import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { parseCampaignListQuery, toCampaignFilter, toCampaignListQuery } from './campaign-list-state';
import { DiagnosticCampaignListQuery, DiagnosticInstrumentOptionsQuery } from './diagnostics.graphql';

/** The campaign list: URL filters → GraphQL page with cursor paging; the instruments for the filter. */
export function useCampaignList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({ parse: parseCampaignListQuery, serialize: toCampaignListQuery });
  const filter = computed(() => toCampaignFilter(state.value));
  const paging = useCursorPaging(() => filter.value);
  const query = useQuery({
    query: DiagnosticCampaignListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value })),
    context: listContext('DiagnosticCampaign'),
  });
  const instruments = useQuery({ query: DiagnosticInstrumentOptionsQuery });
  const connection = computed(() => query.data.value?.diagnosticCampaigns);
  return {
    state,
    update,
    searchText,
    instrumentOptions: computed(() => (instruments.data.value?.diagnosticInstrumentOptions ?? []).map((i) => ({ value: i.id, label: `${i.name} (в. ${i.version})` }))),
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
