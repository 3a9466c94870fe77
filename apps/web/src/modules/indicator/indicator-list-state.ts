import { INDICATOR_OWNER_KIND_LABELS, INDICATOR_STATUS_LABELS, INDICATOR_UNIT_LABELS } from '@metodset/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, IndicatorFilter, IndicatorOrderField, IndicatorOwnerKind, IndicatorStatus, IndicatorUnit } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const INDICATOR_OWNER_KINDS = Object.keys(INDICATOR_OWNER_KIND_LABELS) as IndicatorOwnerKind[];
export const INDICATOR_UNITS = Object.keys(INDICATOR_UNIT_LABELS) as IndicatorUnit[];
export const INDICATOR_STATUSES = Object.keys(INDICATOR_STATUS_LABELS) as IndicatorStatus[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters of the indicator list, as kept in the URL query. */
export interface IndicatorListState {
  search: string | null;
  ownerKind: IndicatorOwnerKind | null;
  /** With `ownerKind`: the indicators of one owner (a link from a network, a plan, a territory). */
  ownerId: string | null;
  unit: IndicatorUnit | null;
  status: IndicatorStatus | null;
  archived: ArchiveFilter;
}

export function parseIndicatorListQuery(query: LocationQuery): IndicatorListState {
  const ownerKind = queryOneOf(INDICATOR_OWNER_KINDS, query['owner']);
  const ownerId = queryString(query['ownerId']);
  return {
    search: queryString(query['q']),
    ownerKind,
    ownerId: ownerKind && ownerId && UUID.test(ownerId) ? ownerId : null,
    unit: queryOneOf(INDICATOR_UNITS, query['unit']),
    status: queryOneOf(INDICATOR_STATUSES, query['status']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toIndicatorListQuery(state: IndicatorListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.ownerKind) query['owner'] = state.ownerKind;
  if (state.ownerKind && state.ownerId) query['ownerId'] = state.ownerId;
  if (state.unit) query['unit'] = state.unit;
  if (state.status) query['status'] = state.status;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export function toIndicatorFilter(state: IndicatorListState): IndicatorFilter {
  return { search: state.search, ownerKind: state.ownerKind, ownerId: state.ownerKind ? state.ownerId : null, unit: state.unit, status: state.status, archived: state.archived };
}

export const indicatorListCodec: ListCodec<IndicatorListState, IndicatorOrderField> = {
  parse: parseIndicatorListQuery,
  serialize: toIndicatorListQuery,
  sortFields: ['NAME', 'OWNER', 'UNIT', 'KIND', 'BASELINE_YEAR', 'UPDATED_AT'],
  defaultSort: { field: 'OWNER', direction: 'ASC' },
};
