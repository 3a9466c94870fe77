import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, OrganizationFilter, OrganizationKind, OrganizationSort, OrganizationStatusKind } from '@/gql/graphql';
import { queryInt, queryString } from '@/common/format';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUS_KINDS } from '@/common/useEnumLabels';

/** Filters and sort of the organisation registry, as kept in the URL query. */
export interface OrganizationListState {
  municipalityId: string | null;
  kinds: OrganizationKind[];
  statusKind: OrganizationStatusKind | null;
  statusYear: number | null;
  search: string | null;
  archived: ArchiveFilter;
  sort: OrganizationSort;
}

export const ARCHIVED_FILTERS: readonly ArchiveFilter[] = ['ACTIVE', 'ARCHIVED', 'ALL'];
export const ORGANIZATION_SORTS: readonly OrganizationSort[] = ['NAME_ASC', 'NAME_DESC', 'CREATED_DESC'];
export const DEFAULT_ORGANIZATION_LIST_STATE: OrganizationListState = {
  municipalityId: null,
  kinds: [],
  statusKind: null,
  statusYear: null,
  search: null,
  archived: 'ACTIVE',
  sort: 'NAME_ASC',
};

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null => {
  const s = queryString(value);
  return s !== null && (values as readonly string[]).includes(s) ? (s as T) : null;
};

export function parseOrganizationListQuery(query: LocationQuery): OrganizationListState {
  const kinds = (queryString(query['kind']) ?? '')
    .split(',')
    .filter((k): k is OrganizationKind => (ORGANIZATION_KINDS as string[]).includes(k));
  return {
    municipalityId: queryString(query['municipality']),
    kinds,
    statusKind: oneOf(ORGANIZATION_STATUS_KINDS, query['status']),
    statusYear: queryInt(query['year']),
    search: queryString(query['q']),
    archived: oneOf(ARCHIVED_FILTERS, query['archived']) ?? DEFAULT_ORGANIZATION_LIST_STATE.archived,
    sort: oneOf(ORGANIZATION_SORTS, query['sort']) ?? DEFAULT_ORGANIZATION_LIST_STATE.sort,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toOrganizationListQuery(state: OrganizationListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.municipalityId) query['municipality'] = state.municipalityId;
  if (state.kinds.length) query['kind'] = state.kinds.join(',');
  if (state.statusKind) query['status'] = state.statusKind;
  if (state.statusYear !== null) query['year'] = String(state.statusYear);
  if (state.search) query['q'] = state.search;
  if (state.archived !== DEFAULT_ORGANIZATION_LIST_STATE.archived) query['archived'] = state.archived;
  if (state.sort !== DEFAULT_ORGANIZATION_LIST_STATE.sort) query['sort'] = state.sort;
  return query;
}

export function toOrganizationFilter(state: OrganizationListState): OrganizationFilter {
  return {
    municipalityId: state.municipalityId,
    kinds: state.kinds.length ? state.kinds : null,
    statusKind: state.statusKind,
    statusYear: state.statusYear,
    search: state.search,
    archived: state.archived,
  };
}
