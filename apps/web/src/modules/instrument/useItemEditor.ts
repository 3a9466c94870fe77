import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { AddItemMutation, MoveItemMutation, RemoveItemMutation, UpdateItemMutation } from './instrument.graphql';
import { emptyItemForm, isItemField, itemFormFrom, nextOptionKey, toItemInput, validateItemForm, type ItemLike } from './item-form';

/** Items of a draft: add and edit in a dialog, move up/down, remove with a confirmation. */
export function useItemEditor(instrumentId: () => string) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddItemMutation);
  const update = useMutation(UpdateItemMutation);
  const move = useMutation(MoveItemMutation);
  const removal = useMutation(RemoveItemMutation);
  const visible = ref(false);
  /** The item being edited (null: a new one). */
  const editing = ref<{ id: string; position: number } | null>(null);

  const f = useInlineForm({
    empty: () => emptyItemForm(),
    validate: (form) =>
      validateItemForm(form, {
        required: t('common.required'),
        whole: t('instrument.items.wholeNumber'),
        scaleOrder: t('instrument.items.scaleOrder'),
        twoOptions: t('instrument.items.twoOptions'),
        duplicateKey: t('instrument.items.duplicateKey'),
        weight: t('instrument.items.weightRange'),
      }),
    isField: isItemField,
    send: async (form) => {
      const input = toItemInput(form);
      return editing.value ? (await update.executeMutation({ id: editing.value.id, input })).error : (await add.executeMutation({ id: instrumentId(), input })).error;
    },
  });

  return {
    ...f,
    visible,
    editing,
    moving: move.fetching,
    openNew(competenceId: string | null = null): void {
      editing.value = null;
      f.reset(emptyItemForm(competenceId));
      visible.value = true;
    },
    openEdit(item: ItemLike & { id: string; position: number }): void {
      editing.value = { id: item.id, position: item.position };
      f.reset(itemFormFrom(item));
      visible.value = true;
    },
    close: () => (visible.value = false),
    addOption: () => f.form.options.push({ key: nextOptionKey(f.form.options), label: '', score: 0 }),
    removeOption: (index: number) => f.form.options.splice(index, 1),
    async submit(): Promise<void> {
      if (!(await f.submit())) return;
      visible.value = false;
      notices.done(t('instrument.items.saved'));
    },
    async move(item: { id: string }, position: number): Promise<void> {
      const r = await move.executeMutation({ id: item.id, position });
      if (r.error) notices.fail(r.error);
    },
    remove(item: { id: string; position: number }): void {
      notices.confirmRemoval(t('instrument.items.removeHeader'), t('instrument.items.removeConfirm', { position: item.position }), () => {
        void (async () => {
          const r = await removal.executeMutation({ id: item.id });
          if (r.error) notices.fail(r.error);
          else notices.done(t('instrument.items.removed'));
        })();
      });
    },
  };
}

export type ItemEditor = ReturnType<typeof useItemEditor>;
