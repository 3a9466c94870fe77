import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, NetworkFilter, NetworkModel, NetworkOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';
import { NETWORK_MODELS } from './useNetworkLabels';

/** Filters of the network list, as kept in the URL query. */
export interface NetworkListState {
  search: string | null;
  model: NetworkModel | null;
  /** Networks this organisation belongs to (a link from elsewhere may set it). */
  organizationId: string | null;
  archived: ArchiveFilter;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null => {
  const s = queryString(value);
  return s !== null && (values as readonly string[]).includes(s) ? (s as T) : null;
};

export function parseNetworkListQuery(query: LocationQuery): NetworkListState {
  return {
    search: queryString(query['q']),
    model: oneOf(NETWORK_MODELS, query['model']),
    organizationId: queryString(query['organization']),
    archived: oneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toNetworkListQuery(state: NetworkListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.model) query['model'] = state.model;
  if (state.organizationId) query['organization'] = state.organizationId;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export function toNetworkFilter(state: NetworkListState): NetworkFilter {
  return { search: state.search, model: state.model, organizationId: state.organizationId, archived: state.archived };
}

export const networkListCodec: ListCodec<NetworkListState, NetworkOrderField> = {
  parse: parseNetworkListQuery,
  serialize: toNetworkListQuery,
  sortFields: ['NAME', 'MODEL', 'COORDINATOR', 'MEMBER_COUNT', 'STARTS_ON', 'CREATED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
