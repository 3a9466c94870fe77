import { useClientHandle, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import type { DashboardExportFormat, DashboardInput } from '@/gql/graphql';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import { DashboardExportQuery, DashboardQuery } from './dashboard.graphql';

/** One dashboard (one query): loading, error, «not found» (outside the scope) and the data. */
export function useDashboard(input: MaybeRefOrGetter<DashboardInput>) {
  const { t } = useI18n();
  const q = useQuery({ query: DashboardQuery, variables: computed(() => ({ input: toValue(input) })), requestPolicy: 'cache-and-network' });
  const notFound = computed(() => hasErrorCode(q.error.value, 'NOT_FOUND'));
  return {
    dashboard: computed(() => q.data.value?.dashboard ?? null),
    fetching: computed(() => q.fetching.value && !q.data.value),
    notFound,
    error: computed(() => (notFound.value ? null : errorText(q.error.value, t('common.networkError')))),
    refetch: () => q.executeQuery({ requestPolicy: 'network-only' }),
  };
}

/** Downloads the dashboard as XLSX or PDF: the API builds the file from the same query, gate and scope. */
export function useDashboardExport(input: MaybeRefOrGetter<DashboardInput>) {
  const handle = useClientHandle();
  const notices = useNotices();
  const busy = ref<DashboardExportFormat | null>(null);
  async function download(format: DashboardExportFormat): Promise<void> {
    busy.value = format;
    try {
      const r = await handle.client.query(DashboardExportQuery, { input: toValue(input), format }, { requestPolicy: 'network-only' }).toPromise();
      const file = r.data?.dashboardExport;
      if (file) saveBase64File(file.fileName, file.contentBase64, file.fileType);
      else notices.fail(r.error);
    } finally {
      busy.value = null;
    }
  }
  return { busy, download };
}
