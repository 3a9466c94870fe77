import { toValue, type MaybeRefOrGetter } from 'vue';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import type { MentorshipFilter, MentorshipListQuery } from '@/gql/graphql';
import { MentorshipListQuery as MentorshipListDocument } from './mentoring.graphql';
import { mentorshipListCodec } from './mentorship-list-state';

export type MentorshipRow = MentorshipListQuery['mentorships']['nodes'][number];

/**
 * Mentorships of a programme or of a person on the list shell: order, page and size in the URL (newest first by
 * default), beside whatever else the page keeps there (a card's `tab`); paused while `filter` is null.
 */
export function useMentorshipList(filter: MaybeRefOrGetter<MentorshipFilter | null>) {
  const s = useListState(mentorshipListCodec);
  const list = useListQuery(
    {
      document: MentorshipListDocument,
      variables: () => ({ filter: toValue(filter) }),
      view: s.view,
      pick: (d) => d?.mentorships,
      typename: 'Mentorship',
      pause: () => !toValue(filter),
    },
    s,
  );
  return { ...s, list };
}
