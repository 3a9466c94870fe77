import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreateMentoringProgramMutation, MentoringProgramQuery, UpdateMentoringProgramMutation } from './mentoring.graphql';
import { emptyProgramForm, isProgramFormField, programFormFrom, toCreateProgramInput, toUpdateProgramInput, validateProgramForm } from './program-form';

/** Create (no id) or edit a mentoring programme, with client checks and the API's field errors. */
export function useProgramForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({
    query: MentoringProgramQuery,
    variables: computed(() => ({ id: toValue(id) ?? '' })),
    pause: computed(() => !toValue(id)),
  });
  const create = useMutation(CreateMentoringProgramMutation);
  const update = useMutation(UpdateMentoringProgramMutation);

  const f = useRecordForm({
    id,
    empty: emptyProgramForm,
    loaded: { record: computed(() => query.data.value?.mentoringProgram), fetching: query.fetching, error: query.error },
    fromRecord: programFormFrom,
    validate: (form) =>
      validateProgramForm(form, !!toValue(id), { required: t('common.required'), formsMin: t('mentoring.program.formsMin'), endBeforeStart: t('common.endBeforeStart') }),
    isField: isProgramFormField,
    rowKeys: ['coordinator'],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdateProgramInput(form) });
        return { id: r.data?.updateMentoringProgram.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateProgramInput(form) });
      return { id: r.data?.createMentoringProgram.id ?? null, error: r.error };
    },
    routes: { card: 'mentoring-program', list: 'mentoring-programs' },
  });

  return {
    ...f,
    fieldErrors: f.errors.fields,
    /** The picker's first label: the current coordinator, before any search. */
    coordinatorKnown: computed(() => (f.form.coordinator ? [f.form.coordinator] : [])),
  };
}
