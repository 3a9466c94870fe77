import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { SurveyResultsQuery as SurveyResultsResult } from '@/gql/graphql';
import { errorText } from '@/graphql/errors';
import { SurveyResultsQuery } from './survey.graphql';
import { responseRate } from './survey-results';

export type SurveyQuestionResultRow = SurveyResultsResult['surveyResults']['questions'][number];

/** Aggregated answers of one survey (the API gives them to the programme's coordinators only). */
export function useSurveyResults(surveyId: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({
    query: SurveyResultsQuery,
    variables: computed(() => ({ surveyId: toValue(surveyId) })),
    requestPolicy: 'network-only',
  });
  const results = computed(() => query.data.value?.surveyResults ?? null);
  return {
    results,
    rate: computed(() => (results.value ? responseRate(results.value.respondents, results.value.expected) : 0)),
    fetching: computed(() => query.fetching.value && !results.value),
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
  };
}
