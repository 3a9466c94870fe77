import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { StagingCompetenceOptionsQuery, StagingMunicipalitiesQuery, StagingSiteListQuery } from './staging.graphql';
import { stagingListCodec, toStagingFilter } from './staging-list-state';

/** The catalogue of sites: URL filters, order and page → the lazy GraphQL page; options of the competence and municipality filters. */
export function useStagingList() {
  const s = useListState(stagingListCodec);
  const list = useListQuery(
    { document: StagingSiteListQuery, variables: () => ({ filter: toStagingFilter(s.state.value) }), view: s.view, pick: (d) => d?.stagingSites, typename: 'StagingSite' },
    s,
  );
  const competences = useQuery({ query: StagingCompetenceOptionsQuery });
  const municipalities = useQuery({ query: StagingMunicipalitiesQuery });
  return {
    ...s,
    list,
    competenceOptions: computed(() => (competences.data.value?.routeCompetenceOptions ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))),
    municipalityOptions: computed(() =>
      [...(municipalities.data.value?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'ru')).map((m) => ({ value: m.id, label: m.name })),
    ),
  };
}
