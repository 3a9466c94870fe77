import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { STAGING_SITE_KIND_LABELS, STAGING_SITE_LEVEL_LABELS, STAGING_SITE_STATE_LABELS } from '@metodset/shared';
import type { ArchiveFilter, StagingSiteFilter, StagingSiteKind, StagingSiteLevel, StagingSiteOrderField, StagingSiteState } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const STAGING_SITE_KINDS = Object.keys(STAGING_SITE_KIND_LABELS) as StagingSiteKind[];
export const STAGING_SITE_LEVELS = Object.keys(STAGING_SITE_LEVEL_LABELS) as StagingSiteLevel[];
export const STAGING_SITE_STATES = Object.keys(STAGING_SITE_STATE_LABELS) as StagingSiteState[];

/** Filters of the catalogue of sites, as kept in the URL query. */
export interface StagingListState {
  search: string | null;
  kind: StagingSiteKind | null;
  level: StagingSiteLevel | null;
  state: StagingSiteState | null;
  competenceId: string | null;
  municipalityId: string | null;
  /** Sites of one organisation (a link from its card). */
  organizationId: string | null;
  archived: ArchiveFilter;
}

export function parseStagingListQuery(query: LocationQuery): StagingListState {
  return {
    search: queryString(query['q']),
    kind: queryOneOf(STAGING_SITE_KINDS, query['kind']),
    level: queryOneOf(STAGING_SITE_LEVELS, query['level']),
    state: queryOneOf(STAGING_SITE_STATES, query['state']),
    competenceId: queryString(query['competence']),
    municipalityId: queryString(query['municipality']),
    organizationId: queryString(query['org']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toStagingListQuery(state: StagingListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.kind) query['kind'] = state.kind;
  if (state.level) query['level'] = state.level;
  if (state.state) query['state'] = state.state;
  if (state.competenceId) query['competence'] = state.competenceId;
  if (state.municipalityId) query['municipality'] = state.municipalityId;
  if (state.organizationId) query['org'] = state.organizationId;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export function toStagingFilter(state: StagingListState): StagingSiteFilter {
  return {
    search: state.search,
    kind: state.kind,
    level: state.level,
    state: state.state,
    competenceId: state.competenceId,
    municipalityId: state.municipalityId,
    organizationId: state.organizationId,
    archived: state.archived,
  };
}

export const stagingListCodec: ListCodec<StagingListState, StagingSiteOrderField> = {
  parse: parseStagingListQuery,
  serialize: toStagingListQuery,
  sortFields: ['THEME', 'HOST', 'MUNICIPALITY', 'KIND', 'LEVEL', 'STARTS_ON', 'ENDS_ON'],
  defaultSort: { field: 'THEME', direction: 'ASC' },
};
