import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreateNetworkMutation, NetworkQuery, UpdateNetworkMutation } from './network.graphql';
import { emptyNetworkForm, isNetworkFormField, networkFormFrom, toNetworkInput, validateNetworkForm } from './network-form';

/** Create (no id) or edit a network, with client checks and the API's field errors. */
export function useNetworkForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({
    query: NetworkQuery,
    variables: computed(() => ({ id: toValue(id) ?? '' })),
    pause: computed(() => !toValue(id)),
  });
  const create = useMutation(CreateNetworkMutation);
  const update = useMutation(UpdateNetworkMutation);

  const f = useRecordForm({
    id,
    empty: emptyNetworkForm,
    loaded: { record: computed(() => query.data.value?.network), fetching: query.fetching, error: query.error },
    fromRecord: networkFormFrom,
    validate: (form) => validateNetworkForm(form, { required: t('common.required'), endBeforeStart: t('network.endBeforeStart') }),
    isField: isNetworkFormField,
    rowKeys: [],
    save: async (form, editId) => {
      const input = toNetworkInput(form);
      if (editId) {
        const r = await update.executeMutation({ id: editId, input });
        return { id: r.data?.updateNetwork.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input });
      return { id: r.data?.createNetwork.id ?? null, error: r.error };
    },
    routes: { card: 'network', list: 'networks' },
  });

  return {
    ...f,
    fieldErrors: f.errors.fields,
    /** The picker's first label: the current coordinator, before any search. */
    coordinatorInitial: computed(() =>
      f.form.coordinatorOrganizationId && f.form.coordinatorLabel ? { id: f.form.coordinatorOrganizationId, label: f.form.coordinatorLabel } : null,
    ),
  };
}
