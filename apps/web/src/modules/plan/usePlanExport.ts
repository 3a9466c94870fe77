import { useClientHandle } from '@urql/vue';
import { ref } from 'vue';
import { useNotices } from '@/common/useNotices';
import type { PlanExportFormat, PlanExportLayout } from '@/gql/graphql';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import { PlanExportQuery } from './plan-monitoring.graphql';

/** Downloads a plan (or its execution report) as XLSX or PDF: the API builds the file under the same gate and scope. */
export function usePlanExport(planId: () => string) {
  const handle = useClientHandle();
  const notices = useNotices();
  const busy = ref<string | null>(null);

  async function download(format: PlanExportFormat, layout: PlanExportLayout): Promise<void> {
    busy.value = `${layout}-${format}`;
    try {
      const r = await handle.client.query(PlanExportQuery, { planId: planId(), format, layout }, { requestPolicy: 'network-only' }).toPromise();
      const file = r.data?.planExport;
      if (file) saveBase64File(file.fileName, file.contentBase64, file.fileType);
      else notices.fail(r.error);
    } finally {
      busy.value = null;
    }
  }
  return { busy, download };
}
