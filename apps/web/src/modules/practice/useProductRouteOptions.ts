import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useDebouncedRef } from '@/common/useDebouncedRef';
import { ProductRouteOptionsQuery, ProductRouteStepsQuery } from './practice.graphql';
import { routeOptions, stepOptions, type RouteOption } from './product-route-options';

const PICKER_SIZE = 20;

/**
 * Routes the caller reads, found by the typed text (by title or owner), of the first author when one is chosen; the
 * chosen route's steps. `known` labels the route and step chosen before.
 */
export function useProductRouteOptions(routeId: MaybeRefOrGetter<string | null>, authorId: MaybeRefOrGetter<string | null>, known: MaybeRefOrGetter<{ route: RouteOption | null; step: RouteOption | null }>) {
  const search = ref('');
  const debounced = useDebouncedRef(search, 300);
  const routes = useQuery({
    query: ProductRouteOptionsQuery,
    variables: computed(() => ({ first: PICKER_SIZE, filter: { search: debounced.value.trim() || null, personId: toValue(authorId) } })),
  });
  const steps = useQuery({
    query: ProductRouteStepsQuery,
    variables: computed(() => ({ id: toValue(routeId) ?? '' })),
    pause: computed(() => !toValue(routeId)),
  });
  const routeChoices = computed(() => routeOptions(routes.data.value?.learningRoutes.nodes ?? [], toValue(known).route));
  const stepChoices = computed(() => (toValue(routeId) ? stepOptions(steps.data.value?.learningRoute.steps ?? [], toValue(known).step) : []));
  return { search, routeChoices, stepChoices, fetching: computed(() => routes.fetching.value || steps.fetching.value) };
}
