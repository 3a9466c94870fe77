import { useMutation, useQuery } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ArchiveFilter } from '@/gql/graphql';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { ArchiveIndicatorValueMutation, IndicatorPageQuery, IndicatorValuesQuery, RestoreIndicatorValueMutation } from './indicator.graphql';

/** An indicator's page: the indicator (baseline, targets, actuals, status), its values by period and school, archive/restore of a value. */
export function useIndicatorPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const toast = useToast();
  const showArchived = ref(false);
  const query = useQuery({ query: IndicatorPageQuery, variables: computed(() => ({ id: toValue(id) })) });
  const indicator = computed(() => query.data.value?.indicator ?? null);
  const manual = computed(() => indicator.value?.kind === 'MANUAL');
  const valuesQuery = useQuery({
    query: IndicatorValuesQuery,
    variables: computed(() => ({ id: toValue(id), archived: (showArchived.value ? 'ALL' : 'ACTIVE') as ArchiveFilter })),
    // Values by period and school are entered by hand; a computed indicator's stored values are its actuals.
    pause: computed(() => !manual.value),
  });
  const values = computed(() => valuesQuery.data.value?.indicatorValues ?? []);
  const archive = useMutation(ArchiveIndicatorValueMutation);
  const restore = useMutation(RestoreIndicatorValueMutation);

  function refetch(): void {
    query.executeQuery({ requestPolicy: 'network-only' });
    if (manual.value) valuesQuery.executeQuery({ requestPolicy: 'network-only' });
  }

  async function setArchived(valueId: string, archived: boolean): Promise<void> {
    const r = archived ? await archive.executeMutation({ id: valueId }) : await restore.executeMutation({ id: valueId });
    if (r.error) {
      toast.add({ severity: 'error', summary: t('common.errorTitle'), detail: errorText(r.error, t('common.networkError')) ?? '', life: 6000 });
      return;
    }
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: archived ? t('indicator.page.valueArchived') : t('indicator.page.valueRestored'), life: 3000 });
    refetch();
  }

  return {
    indicator,
    values,
    manual,
    showArchived,
    fetching: computed(() => query.fetching.value && !indicator.value),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND')),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    refetch,
    setArchived,
  };
}
