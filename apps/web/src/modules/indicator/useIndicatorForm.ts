import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { queryOneOf, queryString } from '@/common/format';
import { useRecordForm } from '@/common/useRecordForm';
import { graphql } from '@/gql';
import { CreateIndicatorMutation, IndicatorPageQuery, UpdateIndicatorMutation } from './indicator.graphql';
import { emptyIndicatorForm, indicatorFormFrom, isIndicatorFormField, toCreateIndicatorInput, toUpdateIndicatorInput, validateIndicatorForm } from './indicator-form';
import { INDICATOR_OWNER_KINDS } from './indicator-list-state';

const ComputedKeysQuery = graphql(`
  query ComputedIndicatorKeys {
    computedIndicatorKeys {
      key
      formula
    }
  }
`);

/** Create (no id) or edit an indicator with its targets; a new one's owner comes from `?ownerKind=&ownerId=` or is picked. */
export function useIndicatorForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const route = useRoute();
  const ownerKind = queryOneOf(INDICATOR_OWNER_KINDS, route.query['ownerKind']);
  const ownerId = queryString(route.query['ownerId']);
  const fixedOwner = ownerKind && ownerId ? { kind: ownerKind, id: ownerId } : null;
  const query = useQuery({ query: IndicatorPageQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const keys = useQuery({ query: ComputedKeysQuery });
  const record = computed(() => query.data.value?.indicator);
  const create = useMutation(CreateIndicatorMutation);
  const update = useMutation(UpdateIndicatorMutation);
  const f = useRecordForm({
    id,
    empty: () => emptyIndicatorForm(fixedOwner),
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: indicatorFormFrom,
    validate: (form) => validateIndicatorForm(form, !!toValue(id), { required: t('common.required'), duplicateYear: t('indicator.form.duplicateYear'), percent: t('indicator.form.percentError') }),
    isField: isIndicatorFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdateIndicatorInput(form) });
        return { id: r.data?.updateIndicator.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateIndicatorInput(form) });
      return { id: r.data?.createIndicator.id ?? null, error: r.error };
    },
    routes: { card: 'indicator', list: 'indicators' },
  });
  const computedKeys = computed(() => (keys.data.value?.computedIndicatorKeys ?? []).map((k) => ({ value: k.key, label: k.formula ? `${k.key} — ${k.formula}` : k.key })));
  return { ...f, fieldErrors: f.errors.fields, record, computedKeys };
}
