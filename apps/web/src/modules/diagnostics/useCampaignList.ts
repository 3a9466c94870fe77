import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { campaignListCodec, toCampaignFilter } from './campaign-list-state';
import { DiagnosticCampaignListQuery, DiagnosticInstrumentOptionsQuery } from './diagnostics.graphql';

/** The campaign list: URL filters, order and page → the lazy GraphQL page; the instruments for the filter. */
export function useCampaignList() {
  const s = useListState(campaignListCodec);
  const list = useListQuery(
    {
      document: DiagnosticCampaignListQuery,
      variables: () => ({ filter: toCampaignFilter(s.state.value) }),
      view: s.view,
      pick: (d) => d?.diagnosticCampaigns,
      typename: 'DiagnosticCampaign',
    },
    s,
  );
  const instruments = useQuery({ query: DiagnosticInstrumentOptionsQuery });
  return {
    ...s,
    list,
    instrumentOptions: computed(() => (instruments.data.value?.diagnosticInstrumentOptions ?? []).map((i) => ({ value: i.id, label: `${i.name} (в. ${i.version})` }))),
  };
}
