import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { IndicatorListQuery } from './indicator.graphql';
import { indicatorListCodec, toIndicatorFilter } from './indicator-list-state';

/** The indicator list: URL filters, order and page → the lazy GraphQL page. */
export function useIndicatorList() {
  const s = useListState(indicatorListCodec);
  const list = useListQuery({ document: IndicatorListQuery, variables: () => ({ filter: toIndicatorFilter(s.state.value) }), view: s.view, pick: (d) => d?.indicators, typename: 'Indicator' }, s);
  return { ...s, list };
}
