import { useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { useDebouncedRef } from '@/common/useDebouncedRef';
import { MatchingNetworksQuery, MatchingPeopleQuery, MatchingProgramsQuery } from './matching.graphql';
import { personName } from './matching-logic';

/** Programmes the caller sees (those with a teacher-to-teacher or leader-to-leader model can be matched). */
export function useProgramOptions() {
  const query = useQuery({ query: MatchingProgramsQuery, variables: { search: null } });
  return {
    options: computed(() =>
      (query.data.value?.mentoringPrograms.nodes ?? []).filter((p) => p.model !== 'SCHOOL_TO_SCHOOL').map((p) => ({ value: p.id, label: p.name })),
    ),
    fetching: query.fetching,
  };
}

/** People of the caller's scope found by the typed text; the chosen one stays among the options. */
export function usePersonOptions() {
  const text = ref('');
  const search = useDebouncedRef(text);
  const chosen = ref<{ value: string; label: string } | null>(null);
  const query = useQuery({ query: MatchingPeopleQuery, variables: computed(() => ({ search: search.value.trim() || null })) });
  const found = computed(() => (query.data.value?.people.nodes ?? []).map((p) => ({ value: p.id, label: personName(p) })));
  return {
    options: computed(() => (chosen.value && !found.value.some((o) => o.value === chosen.value!.value) ? [chosen.value, ...found.value] : found.value)),
    find: (value: string) => (text.value = value),
    remember: (id: string | null) => (chosen.value = found.value.find((o) => o.value === id) ?? chosen.value),
    fetching: query.fetching,
  };
}

export function useNetworkOptions() {
  const query = useQuery({ query: MatchingNetworksQuery });
  return { options: computed(() => (query.data.value?.networks.nodes ?? []).map((n) => ({ value: n.id, label: n.name }))), fetching: query.fetching };
}
