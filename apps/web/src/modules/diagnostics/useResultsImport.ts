import { useClientHandle, useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ImportDiagnosticResultsMutation } from '@/gql/graphql';
import { errorText } from '@/graphql/errors';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import { DiagnosticResultsTemplateQuery, ImportDiagnosticResultsMutation as ImportMutation } from './diagnostics.graphql';

export type ImportReport = ImportDiagnosticResultsMutation['importDiagnosticResults'];

/** Import of external results: pick a file, check it (dry run), then load it; the template to download. */
export function useResultsImport(campaignId: () => string, onLoaded: () => void) {
  const { t } = useI18n();
  const handle = useClientHandle();
  const mutation = useMutation(ImportMutation);
  const file = ref<File | null>(null);
  const report = ref<ImportReport | null>(null);
  const error = ref<string | null>(null);

  function choose(f: File | null): void {
    file.value = f;
    report.value = null;
    error.value = null;
  }

  async function send(dryRun: boolean): Promise<void> {
    if (!file.value) return;
    error.value = null;
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(file.value);
    } catch {
      error.value = t('diagnostics.import.readFailed');
      return;
    }
    const r = await mutation.executeMutation({ input: { campaignId: campaignId(), fileName: file.value.name, contentBase64, dryRun } });
    if (r.error || !r.data) {
      error.value = errorText(r.error, t('common.networkError'));
      return;
    }
    report.value = r.data.importDiagnosticResults;
    if (!report.value.dryRun) onLoaded();
  }

  async function template(): Promise<void> {
    const r = await handle.client.query(DiagnosticResultsTemplateQuery, {}).toPromise();
    if (r.data) saveBase64File(r.data.diagnosticResultsTemplate.fileName, r.data.diagnosticResultsTemplate.contentBase64);
    else error.value = errorText(r.error, t('common.networkError'));
  }

  function onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement | null;
    choose(input?.files?.[0] ?? null);
  }

  return { file, report, error, busy: mutation.fetching, choose, onFileChange, check: () => send(true), load: () => send(false), template };
}
