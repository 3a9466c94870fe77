import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { RouteListQuery } from './route.graphql';
import { routeListCodec, toRoutesFilter } from './route-logic';

/** The route list: URL filters, order and page → the lazy GraphQL page. */
export function useRouteList() {
  const s = useListState(routeListCodec);
  const list = useListQuery(
    { document: RouteListQuery, variables: () => ({ filter: toRoutesFilter(s.state.value) }), view: s.view, pick: (d) => d?.learningRoutes, typename: 'LearningRoute' },
    s,
  );
  return { ...s, list };
}
