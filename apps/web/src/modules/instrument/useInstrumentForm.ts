import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { fieldChecker } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { CODE_PATTERN } from '@/modules/competence/tree-form';
import { CreateInstrumentMutation, UpdateInstrumentMutation } from './instrument.graphql';

export interface InstrumentFormState {
  code: string;
  name: string;
  description: string;
  frameworkId: string | null;
}

export const isInstrumentField = fieldChecker(['code', 'name', 'description', 'frameworkId']);
export const emptyInstrumentForm = (): InstrumentFormState => ({ code: '', name: '', description: '', frameworkId: null });

/** `creating`: code and framework are asked only for a new instrument. */
export function validateInstrumentForm(form: InstrumentFormState, creating: boolean, m: { required: string; code: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (creating) {
    if (!form.code.trim()) errors['code'] = m.required;
    else if (!CODE_PATTERN.test(form.code.trim())) errors['code'] = m.code;
    if (!form.frameworkId) errors['frameworkId'] = m.required;
  }
  if (!form.name.trim()) errors['name'] = m.required;
  return errors;
}

/** The dialog that creates an instrument (then opens it) or renames a draft. */
export function useInstrumentForm() {
  const { t } = useI18n();
  const router = useRouter();
  const notices = useNotices();
  const create = useMutation(CreateInstrumentMutation);
  const update = useMutation(UpdateInstrumentMutation);
  const visible = ref(false);
  const editingId = ref<string | null>(null);
  let createdId: string | null = null;

  const f = useInlineForm({
    empty: emptyInstrumentForm,
    validate: (form) => validateInstrumentForm(form, !editingId.value, { required: t('common.required'), code: t('competence.invalidCode') }),
    isField: isInstrumentField,
    send: async (form) => {
      if (editingId.value) return (await update.executeMutation({ id: editingId.value, input: { name: form.name.trim(), description: form.description } })).error;
      const r = await create.executeMutation({ input: { code: form.code.trim(), name: form.name.trim(), description: form.description, frameworkId: form.frameworkId ?? '' } });
      createdId = r.data?.createDiagnosticInstrument.id ?? null;
      return r.error;
    },
  });

  return {
    ...f,
    visible,
    editingId,
    open(existing: { id: string; code: string; name: string; description: string; frameworkId: string } | null = null): void {
      editingId.value = existing?.id ?? null;
      f.reset(existing ? { code: existing.code, name: existing.name, description: existing.description, frameworkId: existing.frameworkId } : emptyInstrumentForm());
      visible.value = true;
    },
    close: () => (visible.value = false),
    async submit(): Promise<void> {
      if (!(await f.submit())) return;
      visible.value = false;
      if (editingId.value) return notices.done(t('common.saved'));
      notices.done(t('instrument.created'));
      if (createdId) await router.push({ name: 'instrument', params: { id: createdId } });
    },
  };
}
