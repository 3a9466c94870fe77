import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreatePracticeMutation, PracticeNetworkOptionsQuery, PracticePageQuery, UpdatePracticeMutation } from './practice.graphql';
import { emptyPracticeForm, isPracticeFormField, practiceFormFrom, toCreatePracticeInput, toUpdatePracticeInput, validatePracticeForm } from './practice-form';

/** Create (no id) or edit a practice card; the school is chosen once. */
export function usePracticeForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: PracticePageQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const record = computed(() => query.data.value?.practice);
  const networks = useQuery({ query: PracticeNetworkOptionsQuery });
  const networkOptions = computed(() => (networks.data.value?.networks.nodes ?? []).map((n) => ({ value: n.id, label: n.name })));
  const create = useMutation(CreatePracticeMutation);
  const update = useMutation(UpdatePracticeMutation);
  const f = useRecordForm({
    id,
    empty: emptyPracticeForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: practiceFormFrom,
    validate: (form) => validatePracticeForm(form, !!toValue(id), { required: t('common.required'), tooManyTags: t('practice.fields.tagsHint') }),
    isField: isPracticeFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdatePracticeInput(form) });
        return { id: r.data?.updatePractice.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreatePracticeInput(form) });
      return { id: r.data?.createPractice.id ?? null, error: r.error };
    },
    routes: { card: 'practice', list: 'practices' },
  });
  return { ...f, fieldErrors: f.errors.fields, record, networkOptions };
}
