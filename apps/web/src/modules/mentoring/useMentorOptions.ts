import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useDebouncedRef } from '@/common/useDebouncedRef';
import type { MentorBaseQuery } from '@/gql/graphql';
import { MentorBaseQuery as MentorBaseDocument } from './mentoring.graphql';
import { canTake } from './mentor-load';

type Profile = MentorBaseQuery['mentorBase']['nodes'][number];

/** A mentor of the base as the mentor picker lists them, with their current load. */
export interface MentorOption {
  value: string;
  label: string;
  place: string | null;
  load: number;
  capacity: number;
  freePlaces: number;
  available: boolean;
  /** No free place (or not taking mentees): shown, not pickable. */
  disabled: boolean;
}

const PICKER_SIZE = 50;

export const toMentorOption = (p: Profile): MentorOption => ({
  value: p.personId,
  label: p.person.fullName,
  place: p.person.organizationName ?? null,
  load: p.load,
  capacity: p.capacity,
  freePlaces: p.freePlaces,
  available: p.available,
  disabled: !canTake(p, 1),
});

/**
 * Mentors of the caller's mentor base found by the typed text, with their load; chosen mentors stay
 * among the options. For a network programme the base is the network's: mentors of all its member
 * organisations, whatever their territory. Forming a mentorship changes loads: the base refetches after it.
 */
export function useMentorOptions(networkId: MaybeRefOrGetter<string | null> = null) {
  const search = ref('');
  const debounced = useDebouncedRef(search, 300);
  const query = useQuery({
    query: MentorBaseDocument,
    variables: computed(() => ({ first: PICKER_SIZE, filter: { search: debounced.value.trim() || null, networkId: toValue(networkId) } })),
    context: { requestPolicy: 'cache-and-network' as const, additionalTypenames: ['MentorProfile', 'Mentorship'] },
  });
  const remembered = ref<MentorOption[]>([]);
  const options = computed(() => {
    const byId = new Map<string, MentorOption>();
    // Fresh loads first; chosen mentors the search no longer finds keep their last known load.
    for (const o of [...(query.data.value?.mentorBase.nodes ?? []).map(toMentorOption), ...remembered.value]) if (!byId.has(o.value)) byId.set(o.value, o);
    return [...byId.values()];
  });

  /** Keeps the options of the mentors now chosen. */
  function remember(ids: readonly string[]): void {
    const all = new Map(options.value.map((o) => [o.value, o]));
    remembered.value = ids.flatMap((id) => all.get(id) ?? []);
  }

  /** The chosen mentors' options (for the capacity warning). */
  const chosen = (ids: readonly string[]) => ids.flatMap((id) => options.value.find((o) => o.value === id) ?? []);

  /** Called by the picker's filter box. */
  const find = (text: string) => (search.value = text);

  return { search, find, options, remember, chosen, fetching: query.fetching };
}
