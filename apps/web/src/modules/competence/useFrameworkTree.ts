import { useMutation, type CombinedError } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import {
  AddAreaMutation,
  AddCompetenceMutation,
  AddIndicatorMutation,
  RemoveAreaMutation,
  RemoveCompetenceMutation,
  RemoveIndicatorMutation,
  UpdateAreaMutation,
  UpdateCompetenceMutation,
  UpdateIndicatorMutation,
} from './competence.graphql';
import { emptyNodeForm, isNodeField, nodeFormFrom, toAreaInput, toCompetenceInput, toIndicatorInput, validateNodeForm, type NodeFormState, type NodeKind, type TreeEditing } from './tree-form';

/** Inline editing of a draft framework's tree: one node (or one new child) at a time, removal with a confirmation. */
export function useFrameworkTree(frameworkId: () => string) {
  const { t } = useI18n();
  const notices = useNotices();
  const editing = ref<TreeEditing | null>(null);
  const m = {
    addArea: useMutation(AddAreaMutation),
    updateArea: useMutation(UpdateAreaMutation),
    removeArea: useMutation(RemoveAreaMutation),
    addCompetence: useMutation(AddCompetenceMutation),
    updateCompetence: useMutation(UpdateCompetenceMutation),
    removeCompetence: useMutation(RemoveCompetenceMutation),
    addIndicator: useMutation(AddIndicatorMutation),
    updateIndicator: useMutation(UpdateIndicatorMutation),
    removeIndicator: useMutation(RemoveIndicatorMutation),
  };

  async function send(form: NodeFormState): Promise<CombinedError | undefined> {
    const e = editing.value;
    if (!e) return undefined;
    const id = e.targetId;
    if (e.kind === 'area') {
      const input = toAreaInput(form);
      return (e.mode === 'add' ? await m.addArea.executeMutation({ id, input }) : await m.updateArea.executeMutation({ id, input })).error;
    }
    if (e.kind === 'competence') {
      const input = toCompetenceInput(form);
      return (e.mode === 'add' ? await m.addCompetence.executeMutation({ id, input }) : await m.updateCompetence.executeMutation({ id, input })).error;
    }
    const input = toIndicatorInput(form);
    return (e.mode === 'add' ? await m.addIndicator.executeMutation({ id, input }) : await m.updateIndicator.executeMutation({ id, input })).error;
  }

  const f = useInlineForm({
    empty: emptyNodeForm,
    validate: (form) => validateNodeForm(form, { required: t('common.required'), code: t('competence.invalidCode') }),
    isField: isNodeField,
    send,
  });

  async function remove(kind: NodeKind, node: { id: string; name: string }): Promise<void> {
    notices.confirmRemoval(t('competence.tree.removeConfirm.header'), t(`competence.tree.removeConfirm.${kind}`, { name: node.name }), () => {
      void (async () => {
        const mutation = kind === 'area' ? m.removeArea : kind === 'competence' ? m.removeCompetence : m.removeIndicator;
        const result = await mutation.executeMutation({ id: node.id });
        if (result.error) notices.fail(result.error);
        else notices.done(t('competence.tree.removed'));
      })();
    });
  }

  return {
    frameworkId,
    editing,
    form: f.form,
    fields: f.fields,
    general: f.general,
    sending: f.sending,
    isEditing: (kind: NodeKind, mode: 'add' | 'edit', targetId: string) => editing.value?.kind === kind && editing.value.mode === mode && editing.value.targetId === targetId,
    startAdd(kind: NodeKind, parentId: string, code = ''): void {
      editing.value = { kind, mode: 'add', targetId: parentId };
      f.reset({ ...emptyNodeForm(), code });
    },
    startEdit(kind: NodeKind, node: { id: string; code: string; name: string; description?: string }): void {
      editing.value = { kind, mode: 'edit', targetId: node.id };
      f.reset(nodeFormFrom(node));
    },
    cancel(): void {
      editing.value = null;
      f.reset();
    },
    async submit(): Promise<void> {
      if (!(await f.submit())) return;
      editing.value = null;
      notices.done(t('competence.tree.saved'));
    },
    remove,
  };
}

export type FrameworkTreeEditor = ReturnType<typeof useFrameworkTree>;
