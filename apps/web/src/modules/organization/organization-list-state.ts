import { OrganizationKind as KINDS, OrganizationStatusKind as STATUS_KINDS } from '@metodset/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, OrganizationFilter, OrganizationKind, OrganizationOrderField, OrganizationStatusKind } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryInt, queryString } from '@/common/format';

/** Filters of the organisation registry, as kept in the URL query (order and page: the list shell). */
export interface OrganizationListState {
  municipalityId: string | null;
  kinds: OrganizationKind[];
  statusKind: OrganizationStatusKind | null;
  statusYear: number | null;
  search: string | null;
  archived: ArchiveFilter;
}

// The kinds from the shared enums (the labels' keys, which useEnumLabels lists): this module is also loaded before the
// app's shell (organization.early.ts) and built into index.html's boot script (graphql/early-boot.ts), where the
// labels' Russian texts would only weigh.
const ORGANIZATION_KINDS = Object.values(KINDS) as string[] as OrganizationKind[];
const ORGANIZATION_STATUS_KINDS = Object.values(STATUS_KINDS) as string[] as OrganizationStatusKind[];

export const ARCHIVED_FILTERS: readonly ArchiveFilter[] = ['ACTIVE', 'ARCHIVED', 'ALL'];
export const DEFAULT_ORGANIZATION_LIST_STATE: OrganizationListState = {
  municipalityId: null,
  kinds: [],
  statusKind: null,
  statusYear: null,
  search: null,
  archived: 'ACTIVE',
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

export const ORGANIZATION_ORDER_FIELDS: readonly OrganizationOrderField[] = ['NAME', 'KIND', 'MUNICIPALITY', 'STAFF_COUNT', 'CREATED_AT'];
export const organizationListCodec: ListCodec<OrganizationListState, OrganizationOrderField> = {
  parse: parseOrganizationListQuery,
  serialize: toOrganizationListQuery,
  sortFields: ORGANIZATION_ORDER_FIELDS,
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
