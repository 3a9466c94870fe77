import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, MentoringModel, ProgramFilter, ProgramOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';
import { MENTORING_MODELS } from './useMentoringLabels';

/** Filters of the programme list, as kept in the URL query. */
export interface ProgramListState {
  search: string | null;
  model: MentoringModel | null;
  archived: ArchiveFilter;
}

export function parseProgramListQuery(query: LocationQuery): ProgramListState {
  return {
    search: queryString(query['q']),
    model: queryOneOf(MENTORING_MODELS, query['model']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toProgramListQuery(state: ProgramListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.model) query['model'] = state.model;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export const toProgramFilter = (state: ProgramListState): ProgramFilter => ({ search: state.search, model: state.model, archived: state.archived });

export const programListCodec: ListCodec<ProgramListState, ProgramOrderField> = {
  parse: parseProgramListQuery,
  serialize: toProgramListQuery,
  sortFields: ['NAME', 'MODEL', 'COORDINATOR', 'MENTORSHIP_COUNT', 'STARTS_ON'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
