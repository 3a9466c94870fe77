import type { CombinedError } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText, hasErrorCode } from '@/graphql/errors';

interface RecordQuery {
  fetching: Ref<boolean>;
  error: Ref<CombinedError | undefined>;
  executeQuery: (opts?: { requestPolicy?: 'network-only' }) => unknown;
}

/** Loading / error / not-found of a page that shows one record (for `PageState`). */
export function useRecordStates(query: RecordQuery, record: Ref<unknown>) {
  const { t } = useI18n();
  return {
    fetching: computed(() => query.fetching.value && !record.value),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!query.fetching.value && !query.error.value && !record.value)),
    refetch: () => void query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
