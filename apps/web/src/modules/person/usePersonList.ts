import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { PersonListQuery } from './person.graphql';
import { personListCodec, toPersonFilter } from './person-list-state';

/** The people list: URL filters, order and page → the lazy GraphQL page. */
export function usePersonList() {
  const s = useListState(personListCodec);
  const list = useListQuery(
    { document: PersonListQuery, variables: () => ({ filter: toPersonFilter(s.state.value) }), view: s.view, pick: (d) => d?.people, typename: 'Person' },
    s,
  );
  return { ...s, list };
}
