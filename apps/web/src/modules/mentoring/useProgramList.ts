import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { MentoringProgramListQuery } from './mentoring.graphql';
import { programListCodec, toProgramFilter } from './program-list-state';

/** The programme list: URL filters, order and page → the lazy GraphQL page. */
export function useProgramList() {
  const s = useListState(programListCodec);
  const list = useListQuery(
    {
      document: MentoringProgramListQuery,
      variables: () => ({ filter: toProgramFilter(s.state.value) }),
      view: s.view,
      pick: (d) => d?.mentoringPrograms,
      typename: 'MentoringProgram',
    },
    s,
  );
  return { ...s, list };
}
