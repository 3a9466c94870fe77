import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useRecordStates } from '@/common/useRecordStates';
import { useRouteTab } from '@/common/useRouteTab';
import type { NetworkQuery } from '@/gql/graphql';
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
  const query = useQuery({
    query: NetworkDocument,
    variables: computed(() => ({ id: toValue(id) })),
    // Agreement mutations answer the agreement: refetch the network after them too (an empty list has no typename to match).
    context: { additionalTypenames: ['Agreement', 'NetworkMember', 'NetworkEdge'] },
  });
  const network = computed(() => query.data.value?.network ?? null);

  const tab = useRouteTab(NETWORK_TABS);

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
    ...useRecordStates(query, network),
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
