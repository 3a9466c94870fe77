import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreateStagingSiteMutation, StagingCompetenceOptionsQuery, StagingSiteQuery, UpdateStagingSiteMutation } from './staging.graphql';
import {
  emptyStagingSiteForm,
  isStagingSiteFormField,
  knownPeople,
  stagingSiteFormFrom,
  toCreateStagingSiteInput,
  toStagingSiteInput,
  validateStagingSiteForm,
} from './staging-site-form';

/** Set up (no id) or change a site; the fields an order sets are read-only for whoever may not establish. */
export function useStagingSiteForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: StagingSiteQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const record = computed(() => query.data.value?.stagingSite);
  const competences = useQuery({ query: StagingCompetenceOptionsQuery });
  const create = useMutation(CreateStagingSiteMutation);
  const update = useMutation(UpdateStagingSiteMutation);
  const f = useRecordForm({
    id,
    empty: emptyStagingSiteForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: stagingSiteFormFrom,
    validate: (form) => validateStagingSiteForm(form, !!toValue(id), { required: t('common.required'), endBeforeStart: t('common.endBeforeStart') }),
    isField: isStagingSiteFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toStagingSiteInput(form) });
        return { id: r.data?.updateStagingSite.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateStagingSiteInput(form) });
      return { id: r.data?.createStagingSite.id ?? null, error: r.error };
    },
    routes: { card: 'staging-site', list: 'staging-sites' },
  });
  return {
    ...f,
    fieldErrors: f.errors.fields,
    record,
    /** Kind, level, period and order: only those who set sites up change them. */
    orderLocked: computed(() => !!record.value && !record.value.canEstablish),
    knownPeople: computed(() => knownPeople(record.value)),
    competenceOptions: computed(() => (competences.data.value?.routeCompetenceOptions ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))),
  };
}
