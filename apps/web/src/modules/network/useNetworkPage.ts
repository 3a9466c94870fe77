import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { queryString } from '@/common/format';
import { useArchiveActions } from '@/common/useArchiveActions';
import type { NetworkQuery } from '@/gql/graphql';
import { errorText, hasErrorCode } from '@/graphql/errors';
import {
  ArchiveAgreementMutation,
  ArchiveNetworkMutation,
  NetworkQuery as NetworkDocument,
  RestoreAgreementMutation,
  RestoreNetworkMutation,
} from './network.graphql';
import { isLevelled } from './network-graph';

export type NetworkDetails = NetworkQuery['network'];
export type NetworkMemberRow = NetworkDetails['members'][number];

export const NETWORK_TABS = ['graph', 'members', 'edges', 'agreements'] as const;
export type NetworkTab = (typeof NETWORK_TABS)[number];

/** The network page: the network with members, links and agreements; the tab in the URL; archive with undo. */
export function useNetworkPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const query = useQuery({
    query: NetworkDocument,
    variables: computed(() => ({ id: toValue(id) })),
    // Agreement mutations answer the agreement: refetch the network after them too (an empty list has no typename to match).
    context: { additionalTypenames: ['Agreement', 'NetworkMember', 'NetworkEdge'] },
  });
  const network = computed(() => query.data.value?.network ?? null);

  const tab = computed<NetworkTab>({
    get: () => {
      const value = queryString(route.query['tab']);
      return (NETWORK_TABS as readonly string[]).includes(value ?? '') ? (value as NetworkTab) : 'graph';
    },
    set: (value) => void router.replace({ query: { ...route.query, tab: value === 'graph' ? undefined : value } }),
  });

  const networkActions = useArchiveActions(ArchiveNetworkMutation, RestoreNetworkMutation);
  const agreementActions = useArchiveActions(ArchiveAgreementMutation, RestoreAgreementMutation);
  const networkTexts = () => ({
    confirmHeader: t('network.archiveConfirm.header'),
    confirmMessage: t('network.archiveConfirm.message', { name: network.value?.name ?? '' }),
    archived: t('network.archivedToast'),
    restored: t('network.restoredToast'),
  });
  const agreementTexts = (number = '') => ({
    confirmHeader: t('network.agreement.archiveConfirm.header'),
    confirmMessage: t('network.agreement.archiveConfirm.message', { name: number }),
    archived: t('network.agreement.archivedToast'),
    restored: t('network.agreement.restoredToast'),
  });
  const restoreAgreement = (agreementId: string) => agreementActions.restore(agreementId, agreementTexts());

  return {
    network,
    levelled: computed(() => !!network.value && isLevelled(network.value.model)),
    fetching: computed(() => query.fetching.value && !network.value),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!query.fetching.value && !query.error.value && !network.value)),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    tab,
    archive: () => networkActions.archive(toValue(id), networkTexts()),
    restore: () => networkActions.restore(toValue(id), networkTexts()),
    busy: computed(() => networkActions.busy() || agreementActions.busy()),
    archiveAgreement: (agreement: { id: string; number: string }) => agreementActions.archive(agreement.id, agreementTexts(agreement.number)),
    restoreAgreement,
    /** The undo toast's button: the network itself or one of its agreements. */
    undo: (archivedId: string) => (archivedId === toValue(id) ? networkActions.restore(archivedId, networkTexts()) : restoreAgreement(archivedId)),
  };
}
