import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CampaignFilter, CampaignOrderField, CampaignStatus } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { CAMPAIGN_STATUSES } from './useDiagnosticsLabels';

/** Filters of the campaign list, as kept in the URL query. */
export interface CampaignListState {
  search: string | null;
  status: CampaignStatus | null;
  instrumentId: string | null;
  includeArchived: boolean;
}

export function parseCampaignListQuery(query: LocationQuery): CampaignListState {
  return {
    search: queryString(query['q']),
    status: queryOneOf(CAMPAIGN_STATUSES, query['status']),
    instrumentId: queryString(query['instrument']),
    includeArchived: queryString(query['archived']) === '1',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toCampaignListQuery(state: CampaignListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.status) query['status'] = state.status;
  if (state.instrumentId) query['instrument'] = state.instrumentId;
  if (state.includeArchived) query['archived'] = '1';
  return query;
}

export const toCampaignFilter = (state: CampaignListState): CampaignFilter => ({
  search: state.search,
  status: state.status,
  instrumentId: state.instrumentId,
  includeArchived: state.includeArchived || null,
});

export const campaignListCodec: ListCodec<CampaignListState, CampaignOrderField> = {
  parse: parseCampaignListQuery,
  serialize: toCampaignListQuery,
  sortFields: ['NAME', 'MODE', 'SCOPE', 'OPENS_ON', 'STATUS', 'PARTICIPANTS', 'SUBMITTED'],
  defaultSort: { field: 'OPENS_ON', direction: 'DESC' },
};
