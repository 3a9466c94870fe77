import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { SharedAchievementsQuery } from './route.graphql';
import { sharedListCodec, sharedRows } from './route-logic';

/** «Диалог в сети»: teachers whose routes are shared in the caller's networks; search, order and page in the URL. */
export function useSharedAchievements() {
  const s = useListState(sharedListCodec);
  const list = useListQuery(
    {
      document: SharedAchievementsQuery,
      variables: () => ({ search: s.state.value.search }),
      view: s.view,
      pick: (d) => (d ? { totalCount: d.sharedAchievements.totalCount, nodes: sharedRows(d.sharedAchievements.nodes) } : undefined),
      typename: 'LearningRoute',
    },
    s,
  );
  return { searchText: s.searchText, list };
}
