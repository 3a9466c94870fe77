import { useMutation, useQuery, type CombinedError } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useRecordStates } from '@/common/useRecordStates';
import { useNotices } from '@/common/useNotices';
import {
  AddPlanStageMutation,
  ArchivePlanItemMutation,
  ArchivePlanMutation,
  CreatePlanItemMutation,
  PlanPageQuery,
  ReorderPlanItemsMutation,
  RestorePlanMutation,
  UpdatePlanItemMutation,
  UpdatePlanStageMutation,
} from './plan.graphql';
import {
  emptyPlanItemForm,
  emptyPlanStageForm,
  isPlanItemField,
  isPlanStageField,
  planItemFormFrom,
  planStageFormFrom,
  toPlanItemInput,
  toPlanStageInput,
  validatePlanItemForm,
  validatePlanStageForm,
  movedOrder,
  type PlanItemRow,
  type PlanStageRow,
} from './plan-item-form';

/** A plan page: the plan with its stages and items, and the dialogs that change them. */
export function usePlanPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: PlanPageQuery, variables: computed(() => ({ id: toValue(id) })) });
  const plan = computed(() => query.data.value?.plan ?? null);
  const messages = { required: t('common.required'), period: t('plan.periodError') };

  // The item dialog: a new item of a stage, or an item being edited.
  const createItem = useMutation(CreatePlanItemMutation);
  const updateItem = useMutation(UpdatePlanItemMutation);
  const itemVisible = ref(false);
  const itemStage = ref<string | null>(null);
  const editingItem = ref<PlanItemRow | null>(null);
  const itemForm = useInlineForm({
    empty: emptyPlanItemForm,
    validate: (form) => validatePlanItemForm(form, messages),
    isField: isPlanItemField,
    send: async (form) => {
      const input = toPlanItemInput(form, editingItem.value ? planItemFormFrom(editingItem.value) : undefined);
      const r = editingItem.value
        ? await updateItem.executeMutation({ itemId: editingItem.value.id, input })
        : await createItem.executeMutation({ stageId: itemStage.value!, input });
      return r.error;
    },
  });

  const stageVisible = ref(false);
  const editingStage = ref<PlanStageRow | null>(null);
  const addStage = useMutation(AddPlanStageMutation);
  const updateStage = useMutation(UpdatePlanStageMutation);
  const stageForm = useInlineForm({
    empty: emptyPlanStageForm,
    validate: (form) => validatePlanStageForm(form, messages),
    isField: isPlanStageField,
    send: async (form) => {
      const input = toPlanStageInput(form);
      const r = editingStage.value
        ? await updateStage.executeMutation({ stageId: editingStage.value.id, input })
        : await addStage.executeMutation({ planId: toValue(id), input });
      return r.error;
    },
  });

  const reorderM = useMutation(ReorderPlanItemsMutation);
  const archiveItemM = useMutation(ArchivePlanItemMutation);
  const archivePlanM = useMutation(ArchivePlanMutation);
  const restorePlanM = useMutation(RestorePlanMutation);
  const busy = ref(false);
  const run = async (work: () => Promise<{ error?: unknown }>, done: string) => {
    busy.value = true;
    try {
      const r = await work();
      if (!r.error) notices.done(done);
      else notices.fail(r.error as CombinedError);
    } finally {
      busy.value = false;
    }
  };

  return {
    plan,
    ...useRecordStates(query, plan),
    busy,
    item: {
      form: itemForm.form,
      fields: itemForm.fields,
      general: itemForm.general,
      sending: itemForm.sending,
      visible: itemVisible,
      editing: editingItem,
      /** The item being edited as the page has it now (its links change while the dialog is open). */
      current: computed(() => (editingItem.value ? (plan.value?.stages.flatMap((s) => s.items).find((i) => i.id === editingItem.value!.id) ?? null) : null)),
      open(stageId: string, row: PlanItemRow | null = null): void {
        itemStage.value = stageId;
        editingItem.value = row;
        itemForm.reset(row ? planItemFormFrom(row) : emptyPlanItemForm());
        itemVisible.value = true;
      },
      close: () => (itemVisible.value = false),
      async submit(): Promise<void> {
        const wasEditing = !!editingItem.value;
        if (!(await itemForm.submit())) return;
        itemVisible.value = false;
        notices.done(t(wasEditing ? 'plan.item.saved' : 'plan.item.added'));
      },
    },
    stage: {
      form: stageForm.form,
      fields: stageForm.fields,
      general: stageForm.general,
      sending: stageForm.sending,
      visible: stageVisible,
      editing: editingStage,
      open(row: PlanStageRow | null = null): void {
        editingStage.value = row;
        stageForm.reset(row ? planStageFormFrom(row) : emptyPlanStageForm());
        stageVisible.value = true;
      },
      close: () => (stageVisible.value = false),
      async submit(): Promise<void> {
        if (!(await stageForm.submit())) return;
        stageVisible.value = false;
        notices.done(t('plan.stage.saved'));
      },
    },
    /** Moves an item one place up or down among the visible items of its stage (archived ones keep their places). */
    moveItem: (stage: PlanStageRow, row: PlanItemRow, by: -1 | 1) => {
      const ids = movedOrder(stage.order.map((x) => x.id), stage.items.map((x) => x.id), row.id, by);
      if (ids) void run(() => reorderM.executeMutation({ stageId: stage.id, ids }), t('plan.page.moved'));
    },
    archiveItem: (row: PlanItemRow) => run(() => archiveItemM.executeMutation({ itemId: row.id }), t('plan.item.archived')),
    archive: () => run(() => archivePlanM.executeMutation({ id: toValue(id) }), t('common.archived')),
    restore: () => run(() => restorePlanM.executeMutation({ id: toValue(id) }), t('common.restore')),
  };
}
