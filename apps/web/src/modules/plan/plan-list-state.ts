import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, PlanFilter, PlanKind, PlanOrderField, PlanOwnerKind } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryInt, queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';
import { PLAN_KINDS } from './usePlanLabels';

export const PLAN_OWNER_KINDS: readonly PlanOwnerKind[] = ['ORGANIZATION', 'MUNICIPALITY', 'NETWORK'];

/** Filters of the plan list, as kept in the URL query. */
export interface PlanListState {
  search: string | null;
  kind: PlanKind | null;
  ownerKind: PlanOwnerKind | null;
  year: number | null;
  archived: ArchiveFilter;
}

export function parsePlanListQuery(query: LocationQuery): PlanListState {
  const year = queryInt(query['year']);
  return {
    search: queryString(query['q']),
    kind: queryOneOf(PLAN_KINDS, query['kind']),
    ownerKind: queryOneOf(PLAN_OWNER_KINDS, query['owner']),
    year: year !== null && year >= 2000 && year <= 2100 ? year : null,
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toPlanListQuery(state: PlanListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.kind) query['kind'] = state.kind;
  if (state.ownerKind) query['owner'] = state.ownerKind;
  if (state.year) query['year'] = String(state.year);
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export function toPlanFilter(state: PlanListState): PlanFilter {
  return { search: state.search, kind: state.kind, ownerKind: state.ownerKind, year: state.year, archived: state.archived };
}

export const planListCodec: ListCodec<PlanListState, PlanOrderField> = {
  parse: parsePlanListQuery,
  serialize: toPlanListQuery,
  sortFields: ['TITLE', 'KIND', 'OWNER', 'STARTS_ON', 'ITEM_COUNT'],
  defaultSort: { field: 'STARTS_ON', direction: 'DESC' },
};
