import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { fieldChecker } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { CreateFrameworkMutation, UpdateFrameworkMutation } from './competence.graphql';
import { CODE_PATTERN } from './tree-form';

export interface FrameworkFormState {
  code: string;
  name: string;
  description: string;
}

export const isFrameworkField = fieldChecker(['code', 'name', 'description']);
export const emptyFrameworkForm = (): FrameworkFormState => ({ code: '', name: '', description: '' });

/** `creating`: the code is asked only for a new framework (it never changes afterwards). */
export function validateFrameworkForm(form: FrameworkFormState, creating: boolean, m: { required: string; code: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (creating) {
    if (!form.code.trim()) errors['code'] = m.required;
    else if (!CODE_PATTERN.test(form.code.trim())) errors['code'] = m.code;
  }
  if (!form.name.trim()) errors['name'] = m.required;
  return errors;
}

/** The dialog that creates a framework (then opens it) or renames a draft. */
export function useFrameworkForm() {
  const { t } = useI18n();
  const router = useRouter();
  const notices = useNotices();
  const create = useMutation(CreateFrameworkMutation);
  const update = useMutation(UpdateFrameworkMutation);
  const visible = ref(false);
  /** Null: a new framework. */
  const editingId = ref<string | null>(null);
  let createdId: string | null = null;

  const f = useInlineForm({
    empty: emptyFrameworkForm,
    validate: (form) => validateFrameworkForm(form, !editingId.value, { required: t('common.required'), code: t('competence.invalidCode') }),
    isField: isFrameworkField,
    send: async (form) => {
      if (editingId.value) return (await update.executeMutation({ id: editingId.value, input: { name: form.name.trim(), description: form.description } })).error;
      const r = await create.executeMutation({ input: { code: form.code.trim(), name: form.name.trim(), description: form.description } });
      createdId = r.data?.createCompetencyFramework.id ?? null;
      return r.error;
    },
  });

  return {
    ...f,
    visible,
    editingId,
    open(existing: { id: string; code: string; name: string; description: string } | null = null): void {
      editingId.value = existing?.id ?? null;
      f.reset(existing ? { code: existing.code, name: existing.name, description: existing.description } : emptyFrameworkForm());
      visible.value = true;
    },
    close: () => (visible.value = false),
    async submit(): Promise<void> {
      if (!(await f.submit())) return;
      visible.value = false;
      if (editingId.value) return notices.done(t('common.saved'));
      notices.done(t('competence.created'));
      if (createdId) await router.push({ name: 'competence-framework', params: { id: createdId } });
    },
  };
}
