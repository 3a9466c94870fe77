import { useClientHandle, useMutation } from '@urql/vue';
import type { CombinedError } from '@urql/vue';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { notify } from '@/common/notifier';
import { useNotices } from '@/common/useNotices';
import { apiFieldErrors, errorText } from '@/graphql/errors';
import { FrameworkCaseQuery, ImportFrameworkCaseMutation } from './competence.graphql';
import { CODE_PATTERN } from './tree-form';

/** Saves a text as a file through a temporary link. */
function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a framework as a 1EdTech CASE 1.1 package (JSON), as the API exports it. */
export function useCaseExport() {
  const { t } = useI18n();
  const handle = useClientHandle();
  const downloading = ref(false);
  async function download(id: string): Promise<void> {
    downloading.value = true;
    try {
      const r = await handle.client.query(FrameworkCaseQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      const pkg = r.data?.competencyFrameworkCase;
      if (pkg) saveTextFile(pkg.fileName, pkg.json, 'application/json');
      else notify({ severity: 'error', summary: t('common.errorTitle'), detail: errorText(r.error, t('common.networkError')) ?? '' });
    } finally {
      downloading.value = false;
    }
  }
  return { download, downloading };
}

export interface CaseSummary {
  code: string;
  name: string;
  areas: number;
  competences: number;
  indicators: number;
}

/** Splits the API's field errors: the form's own fields, and the problems found in the package (`json.*`). */
export function caseErrors(error: CombinedError | undefined): { fields: Record<string, string>; problems: string[]; general: string | null } {
  const ext = error?.graphQLErrors[0]?.extensions as Record<string, unknown> | undefined;
  const list = apiFieldErrors(ext);
  const fields: Record<string, string> = {};
  const problems: string[] = [];
  for (const f of list) {
    if (f.field === 'code' || f.field === 'name') fields[f.field] = f.message;
    else if (f.field === 'json') fields['json'] = f.message;
    else problems.push(`${f.field.replace(/^json\./, '')}: ${f.message}`);
  }
  return { fields, problems, general: list.length ? null : (error?.graphQLErrors[0]?.message ?? error?.message ?? null) };
}

/** Import of a CASE package as a new draft framework: a dry run first (what it holds, or every problem), then the import. */
export function useCaseImport() {
  const { t } = useI18n();
  const router = useRouter();
  const notices = useNotices();
  const importing = useMutation(ImportFrameworkCaseMutation);
  const visible = ref(false);
  const form = reactive({ code: '', name: '', fileName: '', json: '' });
  const fields = ref<Record<string, string>>({});
  const problems = ref<string[]>([]);
  const general = ref<string | null>(null);
  const summary = ref<CaseSummary | null>(null);

  const clear = () => {
    fields.value = {};
    problems.value = [];
    general.value = null;
  };
  function open(): void {
    Object.assign(form, { code: '', name: '', fileName: '', json: '' });
    summary.value = null;
    clear();
    visible.value = true;
  }
  async function pick(file: File | undefined): Promise<void> {
    summary.value = null;
    clear();
    form.fileName = file?.name ?? '';
    form.json = file ? await file.text() : '';
  }
  function invalid(): boolean {
    clear();
    const e: Record<string, string> = {};
    if (!form.json) e['json'] = t('competence.case.fileRequired');
    if (!form.code.trim()) e['code'] = t('common.required');
    else if (!CODE_PATTERN.test(form.code.trim())) e['code'] = t('competence.invalidCode');
    fields.value = e;
    return Object.keys(e).length > 0;
  }
  async function run(dryRun: boolean): Promise<void> {
    if (invalid()) return;
    const r = await importing.executeMutation({ input: { json: form.json, code: form.code.trim(), name: form.name.trim() || null, dryRun } });
    const data = r.data?.importCompetencyFrameworkCase;
    if (r.error || !data) {
      summary.value = null;
      const e = caseErrors(r.error);
      fields.value = e.fields;
      problems.value = e.problems;
      general.value = e.general;
      return;
    }
    if (dryRun) {
      summary.value = data;
      return;
    }
    visible.value = false;
    notices.done(t('competence.case.imported', { name: data.name }));
    if (data.framework) await router.push({ name: 'competence-framework', params: { id: data.framework.id } });
  }
  return {
    visible,
    form,
    fields,
    problems,
    general,
    summary,
    sending: computed(() => importing.fetching.value),
    open,
    pick,
    pickFile: (e: Event) => void pick((e.target as HTMLInputElement).files?.[0]),
    check: () => run(true),
    submit: () => run(false),
    close: () => (visible.value = false),
  };
}
