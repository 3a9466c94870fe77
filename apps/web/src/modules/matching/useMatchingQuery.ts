import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** One string parameter of the URL query (a choice on a matching screen: programme, mentee, network). */
export function useQueryParam(name: string) {
  const route = useRoute();
  const router = useRouter();
  return computed<string | null>({
    get: () => (typeof route.query[name] === 'string' && route.query[name] ? (route.query[name] as string) : null),
    set: (value) => void router.replace({ query: { ...route.query, [name]: value ?? undefined } }),
  });
}

/** A yes/no flag of the URL query. */
export function useQueryFlag(name: string) {
  const route = useRoute();
  const router = useRouter();
  return computed<boolean>({
    get: () => route.query[name] === '1',
    set: (value) => void router.replace({ query: { ...route.query, [name]: value ? '1' : undefined } }),
  });
}
