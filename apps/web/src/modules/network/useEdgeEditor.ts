import { useMutation } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { AddNetworkEdgeMutation, RemoveNetworkEdgeMutation } from './network.graphql';
import { edgeRows, emptyEdgeForm, isEdgeFormField, memberOptions, toEdgeInput, validateEdgeForm } from './edge-form';
import { useNotices } from '@/common/useNotices';
import type { NetworkDetails } from './useNetworkPage';

/** Links tab: the links with the names of their ends, add one (the API checks the model's rules), remove with confirmation. */
export function useEdgeEditor(network: MaybeRefOrGetter<NetworkDetails>) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddNetworkEdgeMutation);
  const remove = useMutation(RemoveNetworkEdgeMutation);

  const addForm = useInlineForm({
    empty: emptyEdgeForm,
    validate: (form) => validateEdgeForm(form, { required: t('common.required'), sameMember: t('network.edge.sameMember') }),
    isField: isEdgeFormField,
    send: async (form) => (await add.executeMutation({ networkId: toValue(network).id, input: toEdgeInput(form) })).error,
    // The rules judge the pair and the kind together: any change makes the old message moot.
    linkedFields: true,
  });

  const rows = computed(() => edgeRows(toValue(network).edges, toValue(network).members));
  // «От кого → Кому» for support, «Кто консультируется → У кого» for a consultation.
  const endLabels = computed(() =>
    addForm.form.kind === 'CONSULT'
      ? { from: t('network.edge.fromConsult'), to: t('network.edge.toConsult') }
      : { from: t('network.edge.from'), to: t('network.edge.to') },
  );
  return {
    rows,
    endLabels,
    // Links join organisations taking part: an invitation or a departed member is not offered.
    options: computed(() =>
      memberOptions(
        toValue(network).members.filter((m) => m.status === 'ACCEPTED'),
        (n) => t('network.member.levelOption', { n }).toLowerCase(),
      ),
    ),
    addForm,
    async submitAdd(): Promise<void> {
      if (await addForm.submit()) notices.done(t('network.edge.added'));
    },
    remove: (row: (typeof rows.value)[number]) =>
      notices.confirmRemoval(t('network.edge.removeConfirm.header'), t('network.edge.removeConfirm.message', { name: `${row.from} → ${row.to}` }), () => {
        void remove.executeMutation({ edgeId: row.id }).then((r) => (r.error ? notices.fail(r.error) : notices.done(t('network.edge.removed'))));
      }),
  };
}
