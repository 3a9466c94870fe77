import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { InstrumentFilter, InstrumentOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryString } from '@/common/format';
import { parseVersionedListQuery, toVersionedListQuery, type VersionedListState } from '@/modules/competence/framework-list-state';

/** Filters of the instrument list in the URL: those of every versioned list and the framework. */
export interface InstrumentListState extends VersionedListState {
  frameworkId: string | null;
}

export const parseInstrumentListQuery = (query: LocationQuery): InstrumentListState => ({ ...parseVersionedListQuery(query), frameworkId: queryString(query['framework']) });

export function toInstrumentListQuery(state: InstrumentListState): LocationQueryRaw {
  const query = toVersionedListQuery(state);
  if (state.frameworkId) query['framework'] = state.frameworkId;
  return query;
}

export const toInstrumentFilter = (state: InstrumentListState): InstrumentFilter => ({
  search: state.search,
  status: state.status,
  archived: state.archived,
  frameworkId: state.frameworkId,
});

/** Accepts only .xlsx (the API checks the content again). */
export const isXlsxName = (name: string) => name.trim().toLowerCase().endsWith('.xlsx');

export const instrumentListCodec: ListCodec<InstrumentListState, InstrumentOrderField> = {
  parse: parseInstrumentListQuery,
  serialize: toInstrumentListQuery,
  sortFields: ['CODE', 'NAME', 'FRAMEWORK', 'STATUS', 'ITEM_COUNT'],
  defaultSort: { field: 'CODE', direction: 'ASC' },
};
