import { useClientHandle, useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ImportIndicatorValuesMutation } from '@/gql/graphql';
import { apiFieldErrors, errorText } from '@/graphql/errors';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import { ImportIndicatorValuesMutation as ImportDocument, IndicatorImportTemplateQuery } from './indicator.graphql';

type Report = ImportIndicatorValuesMutation['importIndicatorValues'];

/** Values from XLSX: check the file (a dry run lists rows and errors per row), then write all rows or none. */
export function useIndicatorImport(indicatorId: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const handle = useClientHandle();
  const mutation = useMutation(ImportDocument);
  const file = ref<File | null>(null);
  const report = ref<Report | null>(null);
  const error = ref<string | null>(null);
  const busy = computed(() => mutation.fetching.value);
  const canApply = computed(() => !!report.value && report.value.dryRun && !report.value.errors.length && report.value.rows.length > 0);

  function choose(f: File | null): void {
    file.value = f;
    report.value = null;
    error.value = null;
  }

  /** The `change` of the file input. */
  function pickFile(e: Event): void {
    choose((e.target as HTMLInputElement).files?.[0] ?? null);
  }

  async function run(dryRun: boolean): Promise<void> {
    if (!file.value) return;
    error.value = null;
    const r = await mutation.executeMutation({ indicatorId: toValue(indicatorId), input: { fileName: file.value.name, contentBase64: await fileToBase64(file.value), dryRun } });
    if (r.error) {
      const fields = r.error.graphQLErrors.flatMap((e) => apiFieldErrors(e.extensions));
      error.value = fields.length ? fields.map((f) => f.message).join('\n') : errorText(r.error, t('common.networkError'));
      return;
    }
    report.value = r.data?.importIndicatorValues ?? null;
  }

  async function template(): Promise<void> {
    const r = await handle.client.query(IndicatorImportTemplateQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const tpl = r.data?.indicatorImportTemplate;
    if (tpl) saveBase64File(tpl.fileName, tpl.contentBase64);
    else error.value = errorText(r.error, t('common.networkError'));
  }

  return { file, report, error, busy, canApply, choose, pickFile, check: () => run(true), apply: () => run(false), template };
}
