import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText } from '@/graphql/errors';
import { MentorSuggestionsQuery } from './matching.graphql';
import { scoreShare } from './matching-logic';
import { useQueryFlag, useQueryParam } from './useMatchingQuery';

/** «Наставники для педагога»: programme and mentee in the URL → ranked mentors with their reasons. */
export function useMentorSuggestions() {
  const { t } = useI18n();
  const programId = useQueryParam('program');
  const menteeId = useQueryParam('mentee');
  const otherSchool = useQueryFlag('otherSchool');
  const sameMunicipality = useQueryFlag('sameMunicipality');
  const query = useQuery({
    query: MentorSuggestionsQuery,
    pause: computed(() => !menteeId.value),
    variables: computed(() => ({
      menteePersonId: menteeId.value ?? '',
      programId: programId.value,
      preferences: { otherSchool: otherSchool.value, sameMunicipality: sameMunicipality.value },
    })),
    context: { requestPolicy: 'cache-and-network' as const, additionalTypenames: ['Mentorship', 'MentorProfile'] },
  });
  const result = computed(() => (menteeId.value ? (query.data.value?.mentorSuggestions ?? null) : null));
  const best = computed(() => Math.max(0, ...(result.value?.suggestions ?? []).map((s) => s.score)));
  return {
    programId,
    menteeId,
    otherSchool,
    sameMunicipality,
    result,
    rows: computed(() => (result.value?.suggestions ?? []).map((s) => ({ ...s, share: scoreShare(s.score, best.value) }))),
    fetching: query.fetching,
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
