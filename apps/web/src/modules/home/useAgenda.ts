import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { MyAgendaQuery } from './home.graphql';
import { failedIn } from './useBlocks';

/** «Моя страница»: the one agenda query; each block reads its part and its own error. */
export function useAgenda() {
  const q = useQuery({ query: MyAgendaQuery, requestPolicy: 'cache-and-network' });
  const agenda = computed(() => q.data.value?.myAgenda ?? null);
  const failed = failedIn(q.error, () => !!agenda.value);
  const retry = () => q.executeQuery({ requestPolicy: 'network-only' });
  return { agenda, loading: computed(() => q.fetching.value && !agenda.value), failed, retry };
}
