import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useDebouncedRef } from '@/common/useDebouncedRef';
import { PersonOptionsQuery } from './person.graphql';
import { mergePersonOptions, toPersonOption, type PersonOption } from './person-options';

const PICKER_SIZE = 20;

/**
 * People of the caller's scope found by the typed text. Chosen people stay among the options
 * (`remember` them when picked); `known` gives labels of ids chosen before (e.g. from the record).
 */
export function usePersonOptions(known: MaybeRefOrGetter<readonly PersonOption[]> = [], excluded: MaybeRefOrGetter<ReadonlySet<string>> = new Set()) {
  const search = ref('');
  const debounced = useDebouncedRef(search, 300);
  const query = useQuery({
    query: PersonOptionsQuery,
    variables: computed(() => ({ search: debounced.value.trim() || null, first: PICKER_SIZE })),
  });
  const found = computed(() => (query.data.value?.people.nodes ?? []).map(toPersonOption));
  const remembered = ref<PersonOption[]>([]);

  const options = computed(() => mergePersonOptions([...toValue(known), ...remembered.value], found.value, toValue(excluded)));

  /** Keeps the labels of the people now chosen. */
  function remember(ids: readonly string[]): void {
    const all = new Map(options.value.map((o) => [o.value, o]));
    remembered.value = ids.flatMap((id) => all.get(id) ?? []);
  }

  return { search, options, remember, fetching: query.fetching };
}
