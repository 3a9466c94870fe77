import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreateOrganizationMutation, OrganizationQuery, UpdateOrganizationMutation } from './organization.graphql';
import {
  emptyOrganizationForm,
  isOrganizationFormField,
  newStatusRow,
  organizationFormFrom,
  toOrganizationInput,
  validateOrganizationForm,
} from './organization-form';

/** Create (no id) or edit an organisation, with client checks and the API's field errors. */
export function useOrganizationForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({
    query: OrganizationQuery,
    variables: computed(() => ({ id: toValue(id) ?? '' })),
    pause: computed(() => !toValue(id)),
  });
  const create = useMutation(CreateOrganizationMutation);
  const update = useMutation(UpdateOrganizationMutation);

  const f = useRecordForm({
    id,
    empty: emptyOrganizationForm,
    loaded: { record: computed(() => query.data.value?.organization), fetching: query.fetching, error: query.error },
    fromRecord: organizationFormFrom,
    validate: (form) =>
      validateOrganizationForm(form, {
        required: t('common.required'),
        year: (min, max) => t('common.invalidYear', { min, max }),
        email: t('common.invalidEmail'),
      }),
    isField: isOrganizationFormField,
    rowKeys: ['statuses'],
    save: async (form, editId) => {
      const input = toOrganizationInput(form);
      if (editId) {
        const r = await update.executeMutation({ id: editId, input });
        return { id: r.data?.updateOrganization.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input });
      return { id: r.data?.createOrganization.id ?? null, error: r.error };
    },
    routes: { card: 'organization', list: 'organizations' },
  });

  return {
    ...f,
    fieldErrors: f.errors.fields,
    addStatus: () => f.form.statuses.push(newStatusRow()),
    removeStatus: (index: number) => f.form.statuses.splice(index, 1),
  };
}
