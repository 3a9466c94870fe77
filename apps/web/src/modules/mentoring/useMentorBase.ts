import type { MentorBaseQuery } from '@/gql/graphql';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { MentorBaseQuery as MentorBaseDocument } from './mentoring.graphql';
import { mentorBaseCodec, toMentorBaseFilter } from './mentor-base-state';

export type MentorProfileRow = MentorBaseQuery['mentorBase']['nodes'][number];

/** The mentor base: URL filters, order and page → the lazy GraphQL page; loads change with mentorships. */
export function useMentorBase() {
  const s = useListState(mentorBaseCodec);
  const list = useListQuery(
    {
      document: MentorBaseDocument,
      variables: () => ({ filter: toMentorBaseFilter(s.state.value) }),
      view: s.view,
      pick: (d) => d?.mentorBase,
      typename: ['MentorProfile', 'Mentorship'],
    },
    s,
  );
  return { ...s, list };
}
