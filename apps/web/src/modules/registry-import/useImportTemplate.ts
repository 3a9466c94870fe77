import { useClientHandle } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RegistryImportKind } from '@/gql/graphql';
import { notify } from '@/common/notifier';
import { errorText } from '@/graphql/errors';
import { RegistryImportTemplateQuery } from './registry-import.graphql';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves a base64 file through a temporary link. */
export function saveBase64File(fileName: string, contentBase64: string, type = XLSX_TYPE): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the API's empty XLSX template for a registry kind. */
export function useImportTemplate() {
  const { t } = useI18n();
  const handle = useClientHandle();
  const downloading = ref<RegistryImportKind | null>(null);

  async function download(kind: RegistryImportKind): Promise<void> {
    downloading.value = kind;
    try {
      const result = await handle.client.query(RegistryImportTemplateQuery, { kind }, { requestPolicy: 'network-only' }).toPromise();
      const template = result.data?.registryImportTemplate;
      if (template) saveBase64File(template.fileName, template.contentBase64);
      else notify({ severity: 'error', summary: t('common.errorTitle'), detail: errorText(result.error, t('common.networkError')) ?? '' });
    } finally {
      downloading.value = null;
    }
  }

  return { download, downloading };
}
