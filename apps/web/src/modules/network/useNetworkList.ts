import { AGREEMENT_EXPIRY_WARNING_DAYS } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { ExpiringAgreementsQuery, NetworkListQuery, NetworkNamesQuery } from './network.graphql';
import { networkListCodec, toNetworkFilter } from './network-list-state';

/** The network list: URL filters, order and page → the lazy GraphQL page. */
export function useNetworkList() {
  const s = useListState(networkListCodec);
  const list = useListQuery(
    { document: NetworkListQuery, variables: () => ({ filter: toNetworkFilter(s.state.value) }), view: s.view, pick: (d) => d?.networks, typename: 'Network' },
    s,
  );
  return { ...s, list };
}

/** Active agreements ending soon, each with the name of its network (looked up only when there are some). */
export function useExpiringAgreements(withinDays = AGREEMENT_EXPIRY_WARNING_DAYS) {
  const { t } = useI18n();
  const query = useQuery({
    query: ExpiringAgreementsQuery,
    variables: { withinDays },
    context: listContext('Agreement'),
  });
  const agreements = computed(() => query.data.value?.expiringAgreements ?? []);
  const names = useQuery({ query: NetworkNamesQuery, pause: computed(() => agreements.value.length === 0), context: listContext('Network') });
  const nameOf = computed(() => new Map((names.data.value?.networks.nodes ?? []).map((n) => [n.id, n.name])));

  return {
    withinDays,
    rows: computed(() => agreements.value.map((a) => ({ ...a, networkName: nameOf.value.get(a.networkId) ?? null }))),
    fetching: computed(() => query.fetching.value && agreements.value.length === 0),
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
