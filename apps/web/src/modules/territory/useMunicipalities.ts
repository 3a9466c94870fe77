import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { useRecordForm } from '@/common/useRecordForm';
import type { MunicipalityKind, MunicipalityQuery as Loaded } from '@/gql/graphql';
import { isMunicipalityFormField, municipalityListCodec, toMunicipalityFilter, validateMunicipalityForm, type MunicipalityFormState } from './municipality-list-state';
import { CreateMunicipalityMutation, MunicipalityListQuery, MunicipalityQuery, UpdateMunicipalityMutation } from './territory.graphql';

/** The municipality list: URL filters, order and page → the lazy GraphQL page. */
export function useMunicipalityList() {
  const s = useListState(municipalityListCodec);
  const list = useListQuery({ document: MunicipalityListQuery, variables: () => ({ filter: toMunicipalityFilter(s.state.value) }), view: s.view, pick: (d) => d?.municipalityList, typename: 'Municipality' }, s);
  return { ...s, list };
}

const empty = (): MunicipalityFormState => ({ regionId: null, name: '', kind: 'DISTRICT', oktmo: '' });
const fromRecord = (m: NonNullable<Loaded['municipality']>): MunicipalityFormState => ({ regionId: m.regionId, name: m.name, kind: m.kind, oktmo: m.oktmo ?? '' });

/** Create (no id) or rename a municipality with its OKTMO code. */
export function useMunicipalityForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: MunicipalityQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const record = computed(() => query.data.value?.municipality);
  const create = useMutation(CreateMunicipalityMutation);
  const update = useMutation(UpdateMunicipalityMutation);
  const f = useRecordForm({
    id,
    empty,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord,
    validate: (form) => validateMunicipalityForm(form, !!toValue(id), { required: t('common.required'), oktmo: t('territory.form.oktmoError') }),
    isField: isMunicipalityFormField,
    rowKeys: [],
    save: async (form, editId) => {
      const oktmo = form.oktmo.trim() || null;
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: { name: form.name.trim(), kind: form.kind as MunicipalityKind, oktmo } });
        return { id: r.data?.updateMunicipality.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: { regionId: form.regionId!, name: form.name.trim(), kind: form.kind as MunicipalityKind, oktmo } });
      return { id: r.data?.createMunicipality.id ?? null, error: r.error };
    },
    routes: { card: 'municipality', list: 'municipalities' },
  });
  return { ...f, fieldErrors: f.errors.fields, record };
}
