import { useMutation, useQuery } from '@urql/vue';
import { useConfirm } from 'primevue/useconfirm';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import { errorText } from '@/graphql/errors';
import type { NetworkInvitationsQuery as Result } from '@/gql/graphql';
import { AcceptNetworkInvitationMutation, DeclineNetworkInvitationMutation, NetworkInvitationsQuery } from './network.graphql';
import { orgLabel } from './useNetworkLabels';

export type NetworkInvitation = Result['networkInvitations'][number];

/**
 * «Приглашения в сети»: pending invitations of organisations the caller acts for. Accepting asks first and says
 * what joining shares; the list refetches after any answer (the answers return NetworkMember rows).
 */
export function useNetworkInvitations() {
  const { t } = useI18n();
  const confirm = useConfirm();
  const notices = useNotices();
  const query = useQuery({ query: NetworkInvitationsQuery, context: { requestPolicy: 'cache-and-network' as const, additionalTypenames: ['NetworkMember'] } });
  const accepting = useMutation(AcceptNetworkInvitationMutation);
  const declining = useMutation(DeclineNetworkInvitationMutation);
  /** The invitation being answered (its buttons show a spinner). */
  const answering = ref<string | null>(null);

  async function send(invitation: NetworkInvitation, accept: boolean): Promise<void> {
    answering.value = invitation.memberId;
    const vars = { memberId: invitation.memberId };
    const r = accept ? await accepting.executeMutation(vars) : await declining.executeMutation(vars);
    answering.value = null;
    if (r.error) return notices.fail(r.error);
    notices.done(t(accept ? 'network.consent.accepted' : 'network.consent.declined'));
    await query.executeQuery({ requestPolicy: 'network-only' });
  }

  const names = (i: NetworkInvitation) => ({ name: orgLabel(i.organization), network: i.networkName });

  return {
    rows: computed(() => query.data.value?.networkInvitations ?? []),
    fetching: computed(() => query.fetching.value && !query.data.value),
    error: computed(() => errorText(query.error.value, t('network.consent.loadError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    answering,
    accept: (i: NetworkInvitation) =>
      confirm.require({
        header: t('network.consent.acceptConfirm.header'),
        message: t('network.consent.acceptConfirm.message', names(i)),
        icon: 'pi pi-share-alt',
        rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
        acceptProps: { label: t('network.consent.accept') },
        accept: () => send(i, true),
      }),
    decline: (i: NetworkInvitation) =>
      confirm.require({
        header: t('network.consent.declineConfirm.header'),
        message: t('network.consent.declineConfirm.message', names(i)),
        icon: 'pi pi-times-circle',
        rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
        acceptProps: { label: t('network.consent.decline'), severity: 'danger' },
        accept: () => send(i, false),
      }),
  };
}
