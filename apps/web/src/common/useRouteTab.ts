import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { queryString } from './format';

/** The open tab of a record page, kept in `?tab=` (the first tab leaves the URL clean). */
export function useRouteTab<T extends string>(tabs: readonly T[], fallback: T = tabs[0] as T): WritableComputedRef<T> {
  const route = useRoute();
  const router = useRouter();
  return computed<T>({
    get: () => {
      const value = queryString(route.query['tab']);
      return (tabs as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
    },
    set: (value) => void router.replace({ query: { ...route.query, tab: value === fallback ? undefined : value } }),
  });
}
