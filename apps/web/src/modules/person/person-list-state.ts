import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, PersonFilter, PersonOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

/** Filters of the people list, as kept in the URL query (order and page: the list shell). */
export interface PersonListState {
  search: string | null;
  organizationId: string | null;
  youngOnly: boolean;
  archived: ArchiveFilter;
}

export function parsePersonListQuery(query: LocationQuery): PersonListState {
  const archived = queryString(query['archived']);
  return {
    search: queryString(query['q']),
    organizationId: queryString(query['organization']),
    youngOnly: queryString(query['young']) === '1',
    archived: (ARCHIVED_FILTERS as readonly string[]).includes(archived ?? '') ? (archived as ArchiveFilter) : 'ACTIVE',
  };
}

export function toPersonListQuery(state: PersonListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.organizationId) query['organization'] = state.organizationId;
  if (state.youngOnly) query['young'] = '1';
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export function toPersonFilter(state: PersonListState): PersonFilter {
  return {
    search: state.search,
    organizationId: state.organizationId,
    youngOnly: state.youngOnly || null,
    archived: state.archived,
  };
}

export const personListCodec: ListCodec<PersonListState, PersonOrderField> = {
  parse: parsePersonListQuery,
  serialize: toPersonListQuery,
  sortFields: ['NAME', 'SUBJECTS', 'EXPERIENCE', 'QUALIFICATION', 'CREATED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
