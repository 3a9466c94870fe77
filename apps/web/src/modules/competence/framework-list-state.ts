import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ListCodec } from '@/common/list/list-query';
import type { FrameworkOrderField } from '@/gql/graphql';
import { VERSION_STATUS_LABELS } from '@metodset/shared';
import type { ArchiveFilter, FrameworkFilter, VersionStatus } from '@/gql/graphql';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const VERSION_STATUSES = Object.keys(VERSION_STATUS_LABELS) as VersionStatus[];

/** Filters of a versioned list (frameworks, instruments), as kept in the URL query. */
export interface VersionedListState {
  search: string | null;
  status: VersionStatus | null;
  archived: ArchiveFilter;
}

export function parseVersionedListQuery(query: LocationQuery): VersionedListState {
  return {
    search: queryString(query['q']),
    status: queryOneOf(VERSION_STATUSES, query['status']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toVersionedListQuery(state: VersionedListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.status) query['status'] = state.status;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export const toFrameworkFilter = (state: VersionedListState): FrameworkFilter => ({ search: state.search, status: state.status, archived: state.archived });

/** Tag colour of a version status. */
export function statusSeverity(status: VersionStatus): 'success' | 'warn' | 'secondary' {
  if (status === 'PUBLISHED') return 'success';
  if (status === 'DRAFT') return 'warn';
  return 'secondary';
}

/** What a versioned record offers: publish and edit a draft; a new version of a non-draft when no draft exists yet is decided by the API. */
export function versionActions(v: { status: VersionStatus; archivedAt?: unknown; canManage: boolean; canEdit: boolean }) {
  const live = v.canManage && !v.archivedAt;
  return {
    edit: v.canEdit,
    publish: live && v.status === 'DRAFT' && v.canEdit,
    newVersion: live && v.status !== 'DRAFT',
    archive: v.canManage && !v.archivedAt,
    restore: v.canManage && !!v.archivedAt,
  };
}

export const frameworkListCodec: ListCodec<VersionedListState, FrameworkOrderField> = {
  parse: parseVersionedListQuery,
  serialize: toVersionedListQuery,
  sortFields: ['CODE', 'NAME', 'STATUS', 'COMPETENCE_COUNT'],
  defaultSort: { field: 'CODE', direction: 'ASC' },
};
