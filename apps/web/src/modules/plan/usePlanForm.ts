import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreatePlanMutation, PlanPageQuery, UpdatePlanMutation } from './plan.graphql';
import { emptyPlanForm, isPlanFormField, planFormFrom, toCreatePlanInput, toUpdatePlanInput, validatePlanForm } from './plan-form';

/** Create (no id) or edit a plan's header; the owner is chosen once. */
export function usePlanForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: PlanPageQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const record = computed(() => query.data.value?.plan);
  const create = useMutation(CreatePlanMutation);
  const update = useMutation(UpdatePlanMutation);
  const f = useRecordForm({
    id,
    empty: emptyPlanForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: planFormFrom,
    validate: (form) => validatePlanForm(form, !!toValue(id), { required: t('common.required'), period: t('plan.periodError') }),
    isField: isPlanFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdatePlanInput(form) });
        return { id: r.data?.updatePlan.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreatePlanInput(form) });
      return { id: r.data?.createPlan.id ?? null, error: r.error };
    },
    routes: { card: 'plan', list: 'plans' },
  });
  return { ...f, fieldErrors: f.errors.fields, record };
}
