import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ListCodec } from '@/common/list/list-query';
import type { MentorOrderField } from '@/gql/graphql';
import type { MentorBaseFilter, MentorDirection, MentorType } from '@/gql/graphql';
import { queryOneOf, queryString } from '@/common/format';
import { MENTOR_DIRECTIONS, MENTOR_TYPES } from './useMentoringLabels';

/** Filters of the mentor base, as kept in the URL query. */
export interface MentorBaseState {
  search: string | null;
  direction: MentorDirection | null;
  type: MentorType | null;
  subject: string | null;
  organizationId: string | null;
  /** Only available mentors with a free place. */
  freeOnly: boolean;
}

export function parseMentorBaseQuery(query: LocationQuery): MentorBaseState {
  return {
    search: queryString(query['q']),
    direction: queryOneOf(MENTOR_DIRECTIONS, query['direction']),
    type: queryOneOf(MENTOR_TYPES, query['type']),
    subject: queryString(query['subject']),
    organizationId: queryString(query['organization']),
    freeOnly: queryString(query['free']) === '1',
  };
}

/** Only what is set goes into the URL. */
export function toMentorBaseQuery(state: MentorBaseState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.direction) query['direction'] = state.direction;
  if (state.type) query['type'] = state.type;
  if (state.subject) query['subject'] = state.subject;
  if (state.organizationId) query['organization'] = state.organizationId;
  if (state.freeOnly) query['free'] = '1';
  return query;
}

export const toMentorBaseFilter = (state: MentorBaseState): MentorBaseFilter => ({
  search: state.search,
  direction: state.direction,
  type: state.type,
  subject: state.subject,
  organizationId: state.organizationId,
  withFreePlaces: state.freeOnly || null,
});

export const mentorBaseCodec: ListCodec<MentorBaseState, MentorOrderField> = {
  parse: parseMentorBaseQuery,
  serialize: toMentorBaseQuery,
  sortFields: ['NAME', 'SUBJECTS', 'LOAD'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
