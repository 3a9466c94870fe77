import { IMPORT_MAX_BYTES } from '@metodset/shared';
import { useMutation } from '@urql/vue';
import { computed, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ImportReportFieldsFragment, RegistryImportKind } from '@/gql/graphql';
import { useServerErrors } from '@/graphql/useServerErrors';
import { fileToBase64, hasImportExtension } from './file-base64';
import { ImportRegistryMutation, ImportRegistryRefusedMutation } from './registry-import.graphql';
import { saveBase64File } from './useImportTemplate';

export type ImportReport = ImportReportFieldsFragment & { refusedRows?: { fileName: string; contentBase64: string } | null };

/** What the page is busy with, for the progress line. */
export type ImportStage = 'reading' | 'checking' | 'importing' | 'downloading';

type Mode = { dryRun: boolean; onlyValidRows: boolean; withRefused: boolean };

/**
 * Dry run first, then the import of the same file: all rows when the dry run found no errors, or only the rows
 * without errors on request (the refused ones come back as a file to download). The file is read anew for every
 * request, so a corrected file is never checked with the content it had before.
 */
export function useRegistryImport() {
  const { t } = useI18n();
  const kind = ref<RegistryImportKind>('ORGANIZATIONS');
  const file = shallowRef<File | null>(null);
  const fileError = ref<string | null>(null);
  const dryRun = ref<ImportReport | null>(null);
  const result = ref<ImportReport | null>(null);
  const stage = ref<ImportStage | null>(null);
  const server = useServerErrors({ isField: (f) => f === 'contentBase64' || f === 'fileName', networkMessage: t('common.networkError') });
  const plain = useMutation(ImportRegistryMutation);
  const withRefused = useMutation(ImportRegistryRefusedMutation);
  const fetching = computed(() => stage.value !== null);

  function clearReports(): void {
    dryRun.value = null;
    result.value = null;
    server.reset();
  }
  watch(kind, clearReports);

  function chooseFile(chosen: File | null): void {
    clearReports();
    file.value = chosen;
    fileError.value = null;
    if (!chosen) return;
    if (!hasImportExtension(chosen.name)) fileError.value = t('registryImport.wrongType');
    else if (chosen.size > IMPORT_MAX_BYTES) fileError.value = t('registryImport.tooLarge', { max: Math.round(IMPORT_MAX_BYTES / 1024 / 1024) });
  }

  function onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement | null;
    chooseFile(input?.files?.[0] ?? null);
    // Choosing the same file again (corrected, same name) must fire «change» again.
    if (input) input.value = '';
  }

  async function send(mode: Mode, busy: ImportStage): Promise<ImportReport | null> {
    const chosen = file.value;
    if (!chosen || fileError.value) return null;
    server.reset();
    stage.value = 'reading';
    try {
      let content: string;
      try {
        content = await fileToBase64(chosen);
      } catch {
        fileError.value = t('registryImport.readFailed');
        return null;
      }
      stage.value = busy;
      const input = { kind: kind.value, fileName: chosen.name, contentBase64: content, dryRun: mode.dryRun, onlyValidRows: mode.onlyValidRows };
      const response = mode.withRefused ? await withRefused.executeMutation({ input }) : await plain.executeMutation({ input });
      if (response.error || !response.data) {
        server.apply(response.error);
        return null;
      }
      return response.data.importRegistry;
    } finally {
      stage.value = null;
    }
  }

  async function check(): Promise<void> {
    result.value = null;
    dryRun.value = await send({ dryRun: true, onlyValidRows: false, withRefused: false }, 'checking');
  }

  async function run(): Promise<void> {
    if (!canRun.value) return;
    result.value = await send({ dryRun: false, onlyValidRows: false, withRefused: false }, 'importing');
  }

  /** Imports the rows without errors in one go; the refused rows come back with the result, as a file. */
  async function runValid(): Promise<void> {
    if (!canRunValid.value) return;
    result.value = await send({ dryRun: false, onlyValidRows: true, withRefused: true }, 'importing');
  }

  /** The refused rows of the last result, or of the file checked again, as an XLSX with their reasons. */
  async function downloadRefused(): Promise<void> {
    const ready = result.value?.refusedRows;
    const report = ready ? result.value : await send({ dryRun: true, onlyValidRows: false, withRefused: true }, 'downloading');
    const refused = report?.refusedRows;
    if (refused) saveBase64File(refused.fileName, refused.contentBase64);
  }

  const goodRows = (r: ImportReport) => r.total - r.refused;
  const canCheck = computed(() => !!file.value && !fileError.value && !fetching.value);
  const canRun = computed(() => !!dryRun.value && dryRun.value.errors.length === 0 && !result.value && !fetching.value);
  const canRunValid = computed(() => !!dryRun.value && dryRun.value.errors.length > 0 && goodRows(dryRun.value) > 0 && !result.value && !fetching.value);
  const canDownloadRefused = computed(() => !fetching.value && !!(result.value ?? dryRun.value)?.errors.length);

  return {
    kind,
    file,
    fileError: computed(() => fileError.value ?? server.fields.value['contentBase64'] ?? server.fields.value['fileName'] ?? null),
    generalError: server.general,
    dryRun,
    result,
    stage,
    fetching,
    canCheck,
    canRun,
    canRunValid,
    canDownloadRefused,
    chooseFile,
    onFileChange,
    check,
    run,
    runValid,
    downloadRefused,
  };
}
