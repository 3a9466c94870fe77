import { IMPORT_MAX_BYTES } from '@metodset/shared';
import { useMutation } from '@urql/vue';
import { computed, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RegistryImportKind, ImportRegistryMutation as ImportResult } from '@/gql/graphql';
import { useServerErrors } from '@/graphql/useServerErrors';
import { fileToBase64, hasImportExtension } from './file-base64';
import { ImportRegistryMutation } from './registry-import.graphql';

export type ImportReport = ImportResult['importRegistry'];

/** Dry run first, then the real import of the same file — only when the dry run found no errors. */
export function useRegistryImport() {
  const { t } = useI18n();
  const kind = ref<RegistryImportKind>('ORGANIZATIONS');
  const file = shallowRef<File | null>(null);
  const fileError = ref<string | null>(null);
  const dryRun = ref<ImportReport | null>(null);
  const result = ref<ImportReport | null>(null);
  const server = useServerErrors({ isField: (f) => f === 'contentBase64' || f === 'fileName', networkMessage: t('common.networkError') });
  const { executeMutation, fetching } = useMutation(ImportRegistryMutation);
  let content: string | null = null;

  function clearReports(): void {
    dryRun.value = null;
    result.value = null;
    server.reset();
  }
  watch(kind, clearReports);

  function chooseFile(chosen: File | null): void {
    clearReports();
    content = null;
    file.value = chosen;
    fileError.value = null;
    if (!chosen) return;
    if (!hasImportExtension(chosen.name)) fileError.value = t('registryImport.wrongType');
    else if (chosen.size > IMPORT_MAX_BYTES) fileError.value = t('registryImport.tooLarge', { max: Math.round(IMPORT_MAX_BYTES / 1024 / 1024) });
  }

  function onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement | null;
    chooseFile(input?.files?.[0] ?? null);
  }

  async function send(isDryRun: boolean): Promise<ImportReport | null> {
    if (!file.value || fileError.value) return null;
    server.reset();
    try {
      content ??= await fileToBase64(file.value);
    } catch {
      fileError.value = t('registryImport.readFailed');
      return null;
    }
    const response = await executeMutation({
      input: { kind: kind.value, fileName: file.value.name, contentBase64: content, dryRun: isDryRun },
    });
    if (response.error || !response.data) {
      server.apply(response.error);
      return null;
    }
    return response.data.importRegistry;
  }

  async function check(): Promise<void> {
    result.value = null;
    dryRun.value = await send(true);
  }

  async function run(): Promise<void> {
    if (!canRun.value) return;
    result.value = await send(false);
  }

  const canCheck = computed(() => !!file.value && !fileError.value && !fetching.value);
  const canRun = computed(() => !!dryRun.value && dryRun.value.errors.length === 0 && !result.value && !fetching.value);

  return {
    kind,
    file,
    fileError: computed(() => fileError.value ?? server.fields.value['contentBase64'] ?? server.fields.value['fileName'] ?? null),
    generalError: server.general,
    dryRun,
    result,
    fetching,
    canCheck,
    canRun,
    chooseFile,
    onFileChange,
    check,
    run,
  };
}
