import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { PlanListQuery } from './plan.graphql';
import { planListCodec, toPlanFilter } from './plan-list-state';

/** The plan list: URL filters, order and page → the lazy GraphQL page. */
export function usePlanList() {
  const s = useListState(planListCodec);
  const list = useListQuery({ document: PlanListQuery, variables: () => ({ filter: toPlanFilter(s.state.value) }), view: s.view, pick: (d) => d?.plans, typename: 'Plan' }, s);
  return { ...s, list };
}
