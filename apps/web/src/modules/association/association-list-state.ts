import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, AssociationFilter, AssociationKind, AssociationOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';
import { ASSOCIATION_KINDS } from './useAssociationLabels';

/** Filters of the association list, as kept in the URL query. */
export interface AssociationListState {
  search: string | null;
  kind: AssociationKind | null;
  archived: ArchiveFilter;
}

export function parseAssociationListQuery(query: LocationQuery): AssociationListState {
  return {
    search: queryString(query['q']),
    kind: queryOneOf(ASSOCIATION_KINDS, query['kind']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toAssociationListQuery(state: AssociationListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.kind) query['kind'] = state.kind;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export function toAssociationFilter(state: AssociationListState): AssociationFilter {
  return { search: state.search, kind: state.kind, archived: state.archived };
}

export const associationListCodec: ListCodec<AssociationListState, AssociationOrderField> = {
  parse: parseAssociationListQuery,
  serialize: toAssociationListQuery,
  sortFields: ['NAME', 'KIND', 'HOST', 'MEMBER_COUNT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
