import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText } from '@/graphql/errors';
import { SchoolPairSuggestionsQuery } from './matching.graphql';
import { useQueryParam } from './useMatchingQuery';

/** «Школа – школе»: which strong school could support which weak one in the chosen network. */
export function useSchoolPairs() {
  const { t } = useI18n();
  const networkId = useQueryParam('network');
  const query = useQuery({
    query: SchoolPairSuggestionsQuery,
    pause: computed(() => !networkId.value),
    variables: computed(() => ({ networkId: networkId.value })),
  });
  return {
    networkId,
    rows: computed(() => (networkId.value ? (query.data.value?.schoolPairSuggestions ?? []) : [])),
    fetching: query.fetching,
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
