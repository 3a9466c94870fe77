import { useQuery, type CombinedError } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useSessionStore } from '@/modules/auth/session.store';
import { hasErrorCode } from '@/graphql/errors';
import { PersonMentorshipsQuery, PersonResultsQuery, PersonRoutesQuery } from './person.graphql';

/** How many of each the card lists; «все …» leads to the full list beyond that. */
export const PERSON_LINKS_SHOWN = 10;

/**
 * Where a person card leads: the person's routes (ИОМ), mentorships and diagnostic results. A section is asked for
 * only when the caller holds its permission, and the API returns only the rows in the caller's scope, so nothing out
 * of reach is ever linked; a section the caller may not see (no permission, or NOT_FOUND) is left out entirely.
 */
export function usePersonLinks(personId: MaybeRefOrGetter<string>) {
  const session = useSessionStore();
  const variables = computed(() => ({ personId: toValue(personId), first: PERSON_LINKS_SHOWN }));
  const canRoutes = computed(() => session.can('ROUTE_READ'));
  const canMentoring = computed(() => session.can('MENTORING_READ'));
  const canResults = computed(() => session.can('DIAGNOSTICS_READ'));
  const routes = useQuery({ query: PersonRoutesQuery, variables, pause: computed(() => !canRoutes.value), context: { additionalTypenames: ['LearningRoute'] } });
  const mentorships = useQuery({ query: PersonMentorshipsQuery, variables, pause: computed(() => !canMentoring.value), context: { additionalTypenames: ['Mentorship'] } });
  const results = useQuery({ query: PersonResultsQuery, variables: computed(() => ({ personId: toValue(personId) })), pause: computed(() => !canResults.value) });

  const section = <T>(allowed: boolean, q: { fetching: Ref<boolean>; error: Ref<CombinedError | undefined> }, data: T | undefined) => ({
    /** Shown at all: the caller may see this kind of thing about this person. */
    visible: allowed && !hasErrorCode(q.error.value, 'NOT_FOUND') && !hasErrorCode(q.error.value, 'FORBIDDEN'),
    loading: q.fetching.value && data === undefined,
    failed: !!q.error.value && data === undefined,
    data,
  });

  return {
    routes: computed(() => section(canRoutes.value, routes, routes.data.value?.learningRoutes)),
    mentorships: computed(() => section(canMentoring.value, mentorships, mentorships.data.value?.mentorships)),
    results: computed(() => {
      const items = results.data.value?.personCompetenceProfile.items;
      const s = section(canResults.value, results, items);
      const latest = items?.reduce<string | null>((max, i) => (max === null || i.measuredOn > max ? i.measuredOn : max), null) ?? null;
      return { ...s, competences: new Set(items?.map((i) => i.competence.id)).size, deficits: items?.filter((i) => i.level === 'DEFICIT').length ?? 0, latest };
    }),
  };
}
