import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { PRACTICE_STATE_LABELS } from '@metodset/shared';
import type { ArchiveFilter, PracticeFilter, PracticeOrderField, PracticeState } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const PRACTICE_STATES = Object.keys(PRACTICE_STATE_LABELS) as PracticeState[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const queryId = (v: unknown) => {
  const s = queryString(v);
  return s && UUID.test(s) ? s : null;
};

/** Filters of the bank of practices, as kept in the URL query. */
export interface PracticeListState {
  search: string | null;
  state: PracticeState | null;
  tag: string | null;
  competenceId: string | null;
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
  archived: ArchiveFilter;
}

export function parsePracticeListQuery(query: LocationQuery): PracticeListState {
  return {
    search: queryString(query['q']),
    state: queryOneOf(PRACTICE_STATES, query['state']),
    tag: queryString(query['tag']),
    competenceId: queryId(query['competence']),
    organizationId: queryId(query['org']),
    municipalityId: queryId(query['mun']),
    networkId: queryId(query['net']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toPracticeListQuery(s: PracticeListState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (s.search) q['q'] = s.search;
  if (s.state) q['state'] = s.state;
  if (s.tag) q['tag'] = s.tag;
  if (s.competenceId) q['competence'] = s.competenceId;
  if (s.organizationId) q['org'] = s.organizationId;
  if (s.municipalityId) q['mun'] = s.municipalityId;
  if (s.networkId) q['net'] = s.networkId;
  if (s.archived !== 'ACTIVE') q['archived'] = s.archived;
  return q;
}

export function toPracticeFilter(s: PracticeListState, reviewable = false): PracticeFilter {
  return {
    search: s.search,
    state: reviewable ? 'ON_REVIEW' : s.state,
    tag: s.tag,
    competenceId: s.competenceId,
    organizationId: s.organizationId,
    municipalityId: s.municipalityId,
    networkId: s.networkId,
    archived: s.archived,
    ...(reviewable ? { reviewable: true } : {}),
  };
}

export const practiceListCodec: ListCodec<PracticeListState, PracticeOrderField> = {
  parse: parsePracticeListQuery,
  serialize: toPracticeListQuery,
  sortFields: ['RELEVANCE', 'TITLE', 'ORGANIZATION', 'STATE', 'UPDATED_AT', 'PUBLISHED_AT'],
  defaultSort: { field: 'UPDATED_AT', direction: 'DESC' },
};

/** A ts_headline snippet («[[match]]») as parts to render: matches become <mark>, nothing is parsed as HTML. */
export function snippetParts(snippet: string | null | undefined): { text: string; match: boolean }[] {
  if (!snippet) return [];
  const parts: { text: string; match: boolean }[] = [];
  const re = /\[\[(.*?)\]\]/gs;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}

/** Tags typed as one line: split at commas, trimmed, lower-cased, repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
}
