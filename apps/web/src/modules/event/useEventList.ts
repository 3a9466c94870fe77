import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { EventListQuery } from './event.graphql';
import { eventListCodec, toEventFilter } from './event-list-state';

/** The event list: URL filters, order and page → the lazy GraphQL page. */
export function useEventList() {
  const s = useListState(eventListCodec);
  const list = useListQuery({ document: EventListQuery, variables: () => ({ filter: toEventFilter(s.state.value) }), view: s.view, pick: (d) => d?.events, typename: 'Event' }, s);
  return { ...s, list };
}
