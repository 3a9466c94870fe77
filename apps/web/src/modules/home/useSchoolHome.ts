import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { DeficitHeatmapQuery, DeficitOptionsQuery } from '@/modules/deficits/deficits.graphql';
import { SchoolHomeQuery } from './home.graphql';
import { frameworkToShow, topDeficits } from './school-deficits';
import { failedIn } from './useBlocks';

/** The school page: its own query (approvals, events), and the deficits domain's heatmap of the one school. */
export function useSchoolHome(organizationId: Ref<string>) {
  const q = useQuery({ query: SchoolHomeQuery, variables: computed(() => ({ organizationId: organizationId.value })), requestPolicy: 'cache-and-network' });
  const home = computed(() => q.data.value?.schoolHome ?? null);
  const notFound = computed(() => q.error.value?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND') ?? false);
  const failed = failedIn(q.error, () => !!home.value);

  const options = useQuery({ query: DeficitOptionsQuery });
  const frameworkId = computed(() => {
    const o = options.data.value?.deficitOptions;
    return o ? frameworkToShow(o.frameworks, o.campaigns) : null;
  });
  const heatmap = useQuery({
    query: DeficitHeatmapQuery,
    variables: computed(() => ({ input: { frameworkId: frameworkId.value ?? '', organizationIds: [organizationId.value] } })),
    pause: computed(() => !frameworkId.value),
  });
  const deficits = computed(() => {
    const h = heatmap.data.value?.deficitHeatmap;
    if (!h) return [];
    return topDeficits(h.cells, h.areas.flatMap((a) => a.competences), organizationId.value);
  });
  const deficitsLoading = computed(() => options.fetching.value || heatmap.fetching.value);
  const deficitsFailed = computed(() => !!options.error.value || !!heatmap.error.value);
  const framework = computed(() => heatmap.data.value?.deficitHeatmap.framework ?? null);

  return {
    home,
    loading: computed(() => q.fetching.value && !home.value),
    notFound,
    failed,
    retry: () => q.executeQuery({ requestPolicy: 'network-only' }),
    deficits,
    deficitsLoading,
    deficitsFailed,
    framework,
    retryDeficits: () => {
      options.executeQuery({ requestPolicy: 'network-only' });
      heatmap.executeQuery({ requestPolicy: 'network-only' });
    },
  };
}
