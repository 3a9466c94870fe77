import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { AssociationListQuery } from './association.graphql';
import { associationListCodec, toAssociationFilter } from './association-list-state';

/** The association list: URL filters, order and page → the lazy GraphQL page. */
export function useAssociationList() {
  const s = useListState(associationListCodec);
  const list = useListQuery(
    { document: AssociationListQuery, variables: () => ({ filter: toAssociationFilter(s.state.value) }), view: s.view, pick: (d) => d?.associations, typename: 'Association' },
    s,
  );
  return { ...s, list };
}
