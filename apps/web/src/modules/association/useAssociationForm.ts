import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { AssociationQuery, CreateAssociationMutation, UpdateAssociationMutation } from './association.graphql';
import {
  associationFormFrom,
  emptyAssociationForm,
  hostFor,
  hostsOf,
  isAssociationFormField,
  showsSubject,
  toCreateAssociationInput,
  toUpdateAssociationInput,
  validateAssociationForm,
} from './association-form';

/** Create (no id) or edit an association; the kind decides which host field shows. */
export function useAssociationForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({
    query: AssociationQuery,
    variables: computed(() => ({ id: toValue(id) ?? '' })),
    pause: computed(() => !toValue(id)),
  });
  const record = computed(() => query.data.value?.association);
  const create = useMutation(CreateAssociationMutation);
  const update = useMutation(UpdateAssociationMutation);

  const f = useRecordForm({
    id,
    empty: emptyAssociationForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: associationFormFrom,
    validate: (form) => validateAssociationForm(form, !!toValue(id), { required: t('common.required') }),
    isField: isAssociationFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdateAssociationInput(form) });
        return { id: r.data?.updateAssociation.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateAssociationInput(form) });
      return { id: r.data?.createAssociation.id ?? null, error: r.error };
    },
    routes: { card: 'association', list: 'associations' },
  });
  // A kind that does not allow the shown host switches to one it allows.
  watch(
    () => f.form.kind,
    (kind) => (f.form.host = hostFor(kind, f.form.host)),
  );

  return {
    ...f,
    fieldErrors: f.errors.fields,
    hosts: computed(() => hostsOf(f.form.kind)),
    showsSubject: computed(() => showsSubject(f.form.kind, f.form.subject)),
    /** The fixed kind and host of the association being edited. */
    record,
  };
}
