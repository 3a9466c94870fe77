import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, PersonFilter, PersonSort } from '@/gql/graphql';
import { queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

/** Filters of the people list, as kept in the URL query. */
export interface PersonListState {
  search: string | null;
  organizationId: string | null;
  youngOnly: boolean;
  archived: ArchiveFilter;
  sort: PersonSort;
}

const SORTS: readonly PersonSort[] = ['NAME_ASC', 'NAME_DESC'];

export function parsePersonListQuery(query: LocationQuery): PersonListState {
  const archived = queryString(query['archived']);
  const sort = queryString(query['sort']);
  return {
    search: queryString(query['q']),
    organizationId: queryString(query['organization']),
    youngOnly: queryString(query['young']) === '1',
    archived: (ARCHIVED_FILTERS as readonly string[]).includes(archived ?? '') ? (archived as ArchiveFilter) : 'ACTIVE',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as PersonSort) : 'NAME_ASC',
  };
}

export function toPersonListQuery(state: PersonListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.organizationId) query['organization'] = state.organizationId;
  if (state.youngOnly) query['young'] = '1';
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  if (state.sort !== 'NAME_ASC') query['sort'] = state.sort;
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
