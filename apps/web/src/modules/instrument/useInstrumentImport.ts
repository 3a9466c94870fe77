import { useClientHandle, useMutation } from '@urql/vue';
import { computed, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import type { ImportInstrumentMutation as ImportResult } from '@/gql/graphql';
import { useFormErrors } from '@/common/useFormErrors';
import { useNotices } from '@/common/useNotices';
import { CODE_PATTERN } from '@/modules/competence/tree-form';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import { ImportInstrumentMutation, InstrumentTemplateQuery } from './instrument.graphql';
import { isXlsxName } from './instrument-list-state';

export type ImportReport = ImportResult['importDiagnosticInstrument'];

export interface ImportFormState {
  frameworkId: string | null;
  code: string;
  name: string;
  file: File | null;
}

export function validateImportForm(form: ImportFormState, m: { required: string; code: string; file: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.frameworkId) errors['frameworkId'] = m.required;
  if (!form.code.trim()) errors['code'] = m.required;
  else if (!CODE_PATTERN.test(form.code.trim())) errors['code'] = m.code;
  if (!form.name.trim()) errors['name'] = m.required;
  if (!form.file) errors['file'] = m.required;
  else if (!isXlsxName(form.file.name)) errors['file'] = m.file;
  return errors;
}

/** «Загрузить из XLSX»: template, a dry run with the preview of lines and errors, then the import of a clean file. */
export function useInstrumentImport() {
  const { t } = useI18n();
  const router = useRouter();
  const notices = useNotices();
  const handle = useClientHandle();
  const mutation = useMutation(ImportInstrumentMutation);
  const visible = ref(false);
  const form = reactive<ImportFormState>({ frameworkId: null, code: '', name: '', file: null });
  const report = ref<ImportReport | null>(null);
  const downloading = ref(false);
  const errors = useFormErrors(
    () => validateImportForm(form, { required: t('common.required'), code: t('competence.invalidCode'), file: t('instrument.import.wrongFile') }),
    (f) => ['frameworkId', 'code', 'name', 'fileName', 'contentBase64', 'file'].includes(f),
  );
  // Any change makes the last check stale.
  watch(
    () => [form.frameworkId, form.code, form.name, form.file],
    () => {
      report.value = null;
      errors.clearServer();
    },
  );

  async function send(dryRun: boolean): Promise<ImportReport | null> {
    if (!errors.check() || !form.file) return null;
    const r = await mutation.executeMutation({
      input: { frameworkId: form.frameworkId ?? '', code: form.code.trim(), name: form.name.trim(), fileName: form.file.name, contentBase64: await fileToBase64(form.file), dryRun },
    });
    if (r.error) {
      errors.applyServer(r.error);
      return null;
    }
    return r.data?.importDiagnosticInstrument ?? null;
  }

  return {
    visible,
    form,
    report,
    downloading,
    sending: mutation.fetching,
    fields: computed(() => {
      const f = { ...errors.fields.value };
      f['file'] ??= f['contentBase64'] ?? f['fileName'];
      return f;
    }),
    general: errors.general,
    /** «Загрузить» only after a clean check of the same file. */
    canRun: computed(() => !!report.value && report.value.errors.length === 0 && report.value.dryRun),
    open(frameworkId: string | null = null): void {
      Object.assign(form, { frameworkId, code: '', name: '', file: null });
      report.value = null;
      errors.reset();
      visible.value = true;
    },
    close: () => (visible.value = false),
    onFileChange(event: Event): void {
      form.file = (event.target as HTMLInputElement).files?.[0] ?? null;
    },
    async downloadTemplate(): Promise<void> {
      downloading.value = true;
      try {
        const r = await handle.client.query(InstrumentTemplateQuery, { frameworkId: form.frameworkId }, { requestPolicy: 'network-only' }).toPromise();
        const tpl = r.data?.diagnosticInstrumentTemplate;
        if (tpl) saveBase64File(tpl.fileName, tpl.contentBase64);
        else notices.fail(r.error);
      } finally {
        downloading.value = false;
      }
    },
    async check(): Promise<void> {
      report.value = await send(true);
    },
    async run(): Promise<void> {
      const result = await send(false);
      if (!result) return;
      report.value = result;
      if (result.instrument) {
        visible.value = false;
        notices.done(t('instrument.import.done'));
        await router.push({ name: 'instrument', params: { id: result.instrument.id } });
      }
    },
  };
}
