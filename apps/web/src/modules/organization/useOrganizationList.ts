import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { OrganizationListQuery } from './organization.graphql';
import { organizationListCodec, toOrganizationFilter } from './organization-list-state';

/** The organisation registry: URL filters, order and page → the lazy GraphQL page. */
export function useOrganizationList() {
  const s = useListState(organizationListCodec);
  const list = useListQuery(
    {
      document: OrganizationListQuery,
      variables: () => ({ filter: toOrganizationFilter(s.state.value) }),
      view: s.view,
      pick: (d) => d?.organizations,
      typename: 'Organization',
    },
    s,
  );
  return { ...s, list };
}
