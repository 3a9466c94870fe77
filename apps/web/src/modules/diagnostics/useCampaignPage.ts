import { useMutation, useQuery } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText, hasErrorCode } from '@/graphql/errors';
import {
  ArchiveDiagnosticCampaignMutation,
  CloseDiagnosticCampaignMutation,
  DiagnosticCampaignQuery,
  OpenDiagnosticCampaignMutation,
  RestoreDiagnosticCampaignMutation,
} from './diagnostics.graphql';

export type CampaignAction = 'open' | 'close' | 'archive' | 'restore';

/** A campaign's card: its set-up and counters, and the organiser's actions (open, close, archive, restore). */
export function useCampaignPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const toast = useToast();
  const query = useQuery({ query: DiagnosticCampaignQuery, variables: computed(() => ({ id: toValue(id) })), requestPolicy: 'cache-and-network' });
  const mutations = {
    open: useMutation(OpenDiagnosticCampaignMutation),
    close: useMutation(CloseDiagnosticCampaignMutation),
    archive: useMutation(ArchiveDiagnosticCampaignMutation),
    restore: useMutation(RestoreDiagnosticCampaignMutation),
  };
  const actionError = ref<string | null>(null);
  const confirming = ref<CampaignAction | null>(null);
  const campaign = computed(() => query.data.value?.diagnosticCampaign ?? null);

  async function run(action: CampaignAction): Promise<void> {
    confirming.value = null;
    actionError.value = null;
    const r = await mutations[action].executeMutation({ id: toValue(id) });
    if (r.error) {
      actionError.value = errorText(r.error, t('common.networkError'));
      return;
    }
    const c = r.data && 'openDiagnosticCampaign' in r.data ? r.data.openDiagnosticCampaign : null;
    const detail = action === 'open' ? t('diagnostics.campaign.opened', { n: c?.participantsCount ?? 0 }) : action === 'close' ? t('diagnostics.campaign.closed') : t('common.saved');
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail, life: 3000 });
    query.executeQuery({ requestPolicy: 'network-only' });
  }

  return {
    campaign,
    loading: computed(() => query.fetching.value && !campaign.value),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND')),
    busy: computed(() => Object.values(mutations).some((m) => m.fetching.value)),
    actionError,
    confirming,
    run,
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
