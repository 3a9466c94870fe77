import { useMutation, useQuery } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useFormErrors } from '@/common/useFormErrors';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { CreatePersonMutation, PersonQuery, UpdatePersonMutation } from './person.graphql';
import {
  emptyPersonForm,
  isPersonFormField,
  newPositionRow,
  personFieldOf,
  personFormFrom,
  toPersonInput,
  validatePersonForm,
  type PersonFormState,
} from './person-form';

/** Create (no id) or edit a person with their positions. */
export function usePersonForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const isEdit = computed(() => !!toValue(id));
  const form = reactive<PersonFormState>(emptyPersonForm());
  const loaded = ref(false);

  const query = useQuery({ query: PersonQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !isEdit.value) });
  watch(
    () => query.data.value?.person,
    (person) => {
      if (person && !loaded.value) {
        Object.assign(form, personFormFrom(person, t('person.position.hiddenOrganization')));
        loaded.value = true;
      }
    },
    { immediate: true },
  );

  const errors = useFormErrors(
    () =>
      validatePersonForm(form, {
        required: t('common.required'),
        year: (min, max) => t('common.invalidYear', { min, max }),
        email: t('common.invalidEmail'),
        experience: t('person.invalidExperience'),
      }),
    isPersonFormField,
  );
  const fieldErrors = computed(() => {
    const out: Record<string, string> = {};
    for (const [field, message] of Object.entries(errors.fields.value)) out[personFieldOf(field)] ??= message;
    return out;
  });
  for (const key of Object.keys(form) as (keyof PersonFormState)[]) {
    if (key === 'positions') continue;
    watch(() => form[key], () => errors.clearServerField(key));
  }

  const create = useMutation(CreatePersonMutation);
  const update = useMutation(UpdatePersonMutation);

  async function submit(): Promise<void> {
    if (!errors.check()) return;
    const input = toPersonInput(form);
    const editId = toValue(id);
    const result = editId ? await update.executeMutation({ id: editId, input }) : await create.executeMutation({ input });
    const savedId = result.data && ('updatePerson' in result.data ? result.data.updatePerson.id : result.data.createPerson.id);
    if (result.error || !savedId) {
      errors.applyServer(result.error);
      return;
    }
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: t(editId ? 'common.saved' : 'common.created'), life: 3000 });
    await router.push({ name: 'person', params: { id: savedId } });
  }

  return {
    form,
    isEdit,
    loading: computed(() => isEdit.value && !loaded.value && query.fetching.value),
    loadError: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => isEdit.value && hasErrorCode(query.error.value, 'NOT_FOUND')),
    fieldErrors,
    generalError: errors.general,
    saving: computed(() => create.fetching.value || update.fetching.value),
    submit,
    addPosition: () => form.positions.push(newPositionRow(form.positions.length === 0)),
    removePosition: (index: number) => form.positions.splice(index, 1),
    cancel: () => (isEdit.value ? router.push({ name: 'person', params: { id: toValue(id) } }) : router.push({ name: 'people' })),
  };
}
