import { PAGE_SIZE_DEFAULT } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import type { OrganizationSort } from '@/gql/graphql';
import { listContext } from '@/graphql/client';
import { useI18n } from 'vue-i18n';
import { errorText } from '@/graphql/errors';
import { useCursorPaging } from '@/common/useCursorPaging';
import { useRouteQueryState } from '@/common/useRouteQueryState';
import { OrganizationListQuery } from './organization.graphql';
import { parseOrganizationListQuery, toOrganizationFilter, toOrganizationListQuery } from './organization-list-state';

export type SortField = 'name' | 'createdAt';

/** DataTable sort (field + order) ⇄ the API's sort enum. */
export function sortOf(field: unknown, order: number | null | undefined): OrganizationSort {
  if (field === 'createdAt') return 'CREATED_DESC';
  return order === -1 ? 'NAME_DESC' : 'NAME_ASC';
}
export function tableSortOf(sort: OrganizationSort): { field: SortField; order: 1 | -1 } {
  switch (sort) {
    case 'NAME_ASC':
      return { field: 'name', order: 1 };
    case 'NAME_DESC':
      return { field: 'name', order: -1 };
    case 'CREATED_DESC':
      return { field: 'createdAt', order: -1 };
  }
}

/** The organisation registry: URL filters → lazy GraphQL page with cursor paging. */
export function useOrganizationList() {
  const { t } = useI18n();
  const { state, update, searchText } = useRouteQueryState({
    parse: parseOrganizationListQuery,
    serialize: toOrganizationListQuery,
  });
  const filter = computed(() => toOrganizationFilter(state.value));
  const paging = useCursorPaging(() => [filter.value, state.value.sort]);

  const query = useQuery({
    query: OrganizationListQuery,
    variables: computed(() => ({ first: PAGE_SIZE_DEFAULT, after: paging.after.value, filter: filter.value, sort: state.value.sort })),
    context: listContext('Organization'),
  });

  const connection = computed(() => query.data.value?.organizations);
  const rows = computed(() => connection.value?.nodes ?? []);
  const error = computed(() => errorText(query.error.value, t('common.networkError')));
  const tableSort = computed(() => tableSortOf(state.value.sort));

  return {
    state,
    update,
    searchText,
    rows,
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasNext: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    page: paging.page,
    pageSize: PAGE_SIZE_DEFAULT,
    next: () => paging.next(connection.value?.pageInfo.endCursor),
    prev: paging.prev,
    fetching: query.fetching,
    error,
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    tableSort,
    setSort: (field: unknown, order: number | null | undefined) => update({ sort: sortOf(field, order) }),
  };
}
