import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, DocumentFilter, DocumentKind, DocumentLevel, DocumentOrderField, DocumentTaskFilter, DocumentTaskOrderField, DocumentTaskState, DocumentValidity } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryInt, queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';
import { parseTags } from '@/modules/practice/practice-list-state';
import { DOCUMENT_KINDS, DOCUMENT_LEVELS, DOCUMENT_TASK_STATES, DOCUMENT_VALIDITIES } from './useDocumentLabels';

/** Filters of the document list, as kept in the URL query. */
export interface DocumentListState {
  search: string | null;
  level: DocumentLevel | null;
  kind: DocumentKind | null;
  validity: DocumentValidity | null;
  year: number | null;
  /** One tag, lower-case (URL key `tag`). */
  tag: string | null;
  archived: ArchiveFilter;
}

export function parseDocumentListQuery(query: LocationQuery): DocumentListState {
  const year = queryInt(query['year']);
  return {
    search: queryString(query['q']),
    level: queryOneOf(DOCUMENT_LEVELS, query['level']),
    kind: queryOneOf(DOCUMENT_KINDS, query['kind']),
    validity: queryOneOf(DOCUMENT_VALIDITIES, query['validity']),
    year: year !== null && year >= 1900 && year <= 2100 ? year : null,
    tag: parseTags(queryString(query['tag']) ?? '')[0] ?? null,
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toDocumentListQuery(s: DocumentListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (s.search) query['q'] = s.search;
  if (s.level) query['level'] = s.level;
  if (s.kind) query['kind'] = s.kind;
  if (s.validity) query['validity'] = s.validity;
  if (s.year) query['year'] = String(s.year);
  if (s.tag) query['tag'] = s.tag;
  if (s.archived !== 'ACTIVE') query['archived'] = s.archived;
  return query;
}

export function toDocumentFilter(s: DocumentListState): DocumentFilter {
  return { search: s.search, level: s.level, kind: s.kind, validity: s.validity, year: s.year, tag: s.tag, archived: s.archived };
}

export const documentListCodec: ListCodec<DocumentListState, DocumentOrderField> = {
  parse: parseDocumentListQuery,
  serialize: toDocumentListQuery,
  sortFields: ['ISSUED_ON', 'TITLE', 'NUMBER', 'LEVEL', 'KIND', 'TASK_COUNT'],
  defaultSort: { field: 'ISSUED_ON', direction: 'DESC' },
};

/** Filters of the task list across orders, as kept in the URL query. */
export interface DocumentTaskListState {
  search: string | null;
  state: DocumentTaskState | null;
  mine: boolean;
  organizationId: string | null;
  responsiblePersonId: string | null;
}

export function parseDocumentTaskListQuery(query: LocationQuery): DocumentTaskListState {
  return {
    search: queryString(query['q']),
    state: queryOneOf(DOCUMENT_TASK_STATES, query['state']),
    mine: query['mine'] === '1',
    organizationId: queryString(query['org']),
    responsiblePersonId: queryString(query['person']),
  };
}

export function toDocumentTaskListQuery(s: DocumentTaskListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (s.search) query['q'] = s.search;
  if (s.state) query['state'] = s.state;
  if (s.mine) query['mine'] = '1';
  if (s.organizationId) query['org'] = s.organizationId;
  if (s.responsiblePersonId) query['person'] = s.responsiblePersonId;
  return query;
}

export function toDocumentTaskFilter(s: DocumentTaskListState): DocumentTaskFilter {
  return { search: s.search, state: s.state, mine: s.mine || null, organizationId: s.organizationId, responsiblePersonId: s.responsiblePersonId };
}

export const documentTaskListCodec: ListCodec<DocumentTaskListState, DocumentTaskOrderField> = {
  parse: parseDocumentTaskListQuery,
  serialize: toDocumentTaskListQuery,
  sortFields: ['DUE_ON', 'DOCUMENT', 'STATE', 'TEXT'],
  defaultSort: { field: 'DUE_ON', direction: 'ASC' },
};
