import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CampaignComparisonInput, DeficitHeatmapInput } from '@/gql/graphql';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { CampaignComparisonQuery, DeficitHeatmapCellQuery, DeficitHeatmapQuery, DeficitOptionsQuery, PersonCompetenceProfileQuery } from './deficits.graphql';

/** Frameworks (with competences), campaigns, municipalities and networks the caller can build views on. */
export function useDeficitOptions() {
  const { t } = useI18n();
  const q = useQuery({ query: DeficitOptionsQuery });
  return {
    options: computed(() => q.data.value?.deficitOptions ?? null),
    fetching: computed(() => q.fetching.value && !q.data.value),
    error: computed(() => errorText(q.error.value, t('common.networkError'))),
  };
}

/** A query whose variables are null until the page has what it needs (then paused). */
function usePausable<V extends object>(variables: MaybeRefOrGetter<V | null>) {
  const vars = computed(() => toValue(variables));
  return { vars, pause: computed(() => vars.value === null) };
}

export function useHeatmap(input: MaybeRefOrGetter<DeficitHeatmapInput | null>) {
  const { t } = useI18n();
  const { vars, pause } = usePausable(() => {
    const i = toValue(input);
    return i ? { input: i } : null;
  });
  const q = useQuery({ query: DeficitHeatmapQuery, variables: computed(() => vars.value ?? { input: { frameworkId: '' } }), pause, requestPolicy: 'cache-and-network' });
  return {
    heatmap: computed(() => (pause.value ? null : (q.data.value?.deficitHeatmap ?? null))),
    fetching: computed(() => !pause.value && q.fetching.value && !q.data.value),
    error: computed(() => errorText(q.error.value, t('common.networkError'))),
    refetch: () => q.executeQuery({ requestPolicy: 'network-only' }),
  };
}

export function useHeatmapCell(args: MaybeRefOrGetter<{ organizationId: string; competenceId: string; campaignId: string | null } | null>) {
  const { t } = useI18n();
  const { vars, pause } = usePausable(args);
  const q = useQuery({ query: DeficitHeatmapCellQuery, variables: computed(() => vars.value ?? { organizationId: '', competenceId: '' }), pause });
  return {
    cell: computed(() => (pause.value ? null : (q.data.value?.deficitHeatmapCell ?? null))),
    fetching: computed(() => !pause.value && q.fetching.value),
    error: computed(() => errorText(q.error.value, t('common.networkError'))),
  };
}

export function useCompetenceProfile(personId: MaybeRefOrGetter<string | null>, campaignId: MaybeRefOrGetter<string | null> = null) {
  const { t } = useI18n();
  const { vars, pause } = usePausable(() => {
    const id = toValue(personId);
    return id ? { personId: id, campaignId: toValue(campaignId) } : null;
  });
  const q = useQuery({ query: PersonCompetenceProfileQuery, variables: computed(() => vars.value ?? { personId: '' }), pause, requestPolicy: 'cache-and-network' });
  return {
    profile: computed(() => (pause.value ? null : (q.data.value?.personCompetenceProfile ?? null))),
    fetching: computed(() => !pause.value && q.fetching.value && !q.data.value),
    notFound: computed(() => hasErrorCode(q.error.value, 'NOT_FOUND')),
    error: computed(() => (hasErrorCode(q.error.value, 'NOT_FOUND') ? null : errorText(q.error.value, t('common.networkError')))),
    refetch: () => q.executeQuery({ requestPolicy: 'network-only' }),
  };
}

export function useComparison(input: MaybeRefOrGetter<CampaignComparisonInput | null>) {
  const { t } = useI18n();
  const { vars, pause } = usePausable(() => {
    const i = toValue(input);
    return i ? { input: i } : null;
  });
  const q = useQuery({ query: CampaignComparisonQuery, variables: computed(() => vars.value ?? { input: { beforeCampaignId: '', afterCampaignId: '' } }), pause });
  return {
    comparison: computed(() => (pause.value ? null : (q.data.value?.campaignComparison ?? null))),
    fetching: computed(() => !pause.value && q.fetching.value),
    error: computed(() => errorText(q.error.value, t('common.networkError'))),
  };
}
