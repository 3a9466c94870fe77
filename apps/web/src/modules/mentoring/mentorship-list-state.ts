import type { MentorshipOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';

/** The pairs-and-groups lists have no filters of their own in the URL (the programme or the person is fixed). */
export type MentorshipListState = Record<string, never>;

export const mentorshipListCodec: ListCodec<MentorshipListState, MentorshipOrderField> = {
  parse: () => ({}),
  serialize: () => ({}),
  sortFields: ['MENTORS', 'MENTEES', 'PROGRAM', 'FORM', 'STATUS', 'STARTS_ON', 'HELD_SESSIONS', 'CREATED_AT'],
  defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
};
