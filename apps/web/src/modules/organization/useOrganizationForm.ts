import { useMutation, useQuery } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useFormErrors } from '@/common/useFormErrors';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { CreateOrganizationMutation, OrganizationQuery, UpdateOrganizationMutation } from './organization.graphql';
import {
  emptyOrganizationForm,
  isOrganizationFormField,
  newStatusRow,
  organizationFormFrom,
  toOrganizationInput,
  validateOrganizationForm,
  type OrganizationFormState,
} from './organization-form';

/** Create (no id) or edit an organisation, with client checks and the API's field errors. */
export function useOrganizationForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const isEdit = computed(() => !!toValue(id));
  const form = reactive<OrganizationFormState>(emptyOrganizationForm());
  const loaded = ref(false);

  const query = useQuery({
    query: OrganizationQuery,
    variables: computed(() => ({ id: toValue(id) ?? '' })),
    pause: computed(() => !isEdit.value),
  });
  watch(
    () => query.data.value?.organization,
    (organization) => {
      if (organization && !loaded.value) {
        Object.assign(form, organizationFormFrom(organization));
        loaded.value = true;
      }
    },
    { immediate: true },
  );

  const errors = useFormErrors(
    () =>
      validateOrganizationForm(form, {
        required: t('common.required'),
        year: (min, max) => t('common.invalidYear', { min, max }),
        email: t('common.invalidEmail'),
      }),
    isOrganizationFormField,
  );
  // A field the user touched no longer shows the API's old complaint about it.
  for (const key of Object.keys(form) as (keyof OrganizationFormState)[]) {
    if (key === 'statuses') continue;
    watch(() => form[key], () => errors.clearServerField(key));
  }

  const create = useMutation(CreateOrganizationMutation);
  const update = useMutation(UpdateOrganizationMutation);
  const saving = computed(() => create.fetching.value || update.fetching.value);

  async function submit(): Promise<void> {
    if (!errors.check()) return;
    const input = toOrganizationInput(form);
    const editId = toValue(id);
    const result = editId ? await update.executeMutation({ id: editId, input }) : await create.executeMutation({ input });
    const savedId = result.data && ('updateOrganization' in result.data ? result.data.updateOrganization.id : result.data.createOrganization.id);
    if (result.error || !savedId) {
      errors.applyServer(result.error);
      return;
    }
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: t(editId ? 'common.saved' : 'common.created'), life: 3000 });
    await router.push({ name: 'organization', params: { id: savedId } });
  }

  return {
    form,
    isEdit,
    loading: computed(() => isEdit.value && !loaded.value && query.fetching.value),
    loadError: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => isEdit.value && hasErrorCode(query.error.value, 'NOT_FOUND')),
    fieldErrors: errors.fields,
    generalError: errors.general,
    saving,
    submit,
    addStatus: () => form.statuses.push(newStatusRow()),
    removeStatus: (index: number) => form.statuses.splice(index, 1),
    cancel: () => (isEdit.value ? router.push({ name: 'organization', params: { id: toValue(id) } }) : router.push({ name: 'organizations' })),
  };
}
