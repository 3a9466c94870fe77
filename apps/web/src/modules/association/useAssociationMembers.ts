import { useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import type { AssociationRole } from '@/gql/graphql';
import { AddAssociationMemberMutation, RemoveAssociationMemberMutation, UpdateAssociationMemberMutation } from './association.graphql';
import { emptyAssociationMemberForm, isAssociationMemberField, toAssociationMemberInput, validateAssociationMemberForm } from './member-form';
import type { AssociationDetails, AssociationMemberRow } from './useAssociationPage';

/** «Участники»: add a person with a role, change a role in place, remove with confirmation. */
export function useAssociationMembers(association: MaybeRefOrGetter<AssociationDetails>) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddAssociationMemberMutation);
  const update = useMutation(UpdateAssociationMemberMutation);
  const remove = useMutation(RemoveAssociationMemberMutation);
  const memberPersonIds = computed<ReadonlySet<string>>(() => new Set(toValue(association).members.map((m) => m.personId)));

  const addForm = useInlineForm({
    empty: emptyAssociationMemberForm,
    validate: (form) =>
      validateAssociationMemberForm(form, memberPersonIds.value, { required: t('common.required'), alreadyMember: t('association.member.alreadyMember') }),
    isField: isAssociationMemberField,
    send: async (form) => (await add.executeMutation({ associationId: toValue(association).id, input: toAssociationMemberInput(form) })).error,
  });

  /** The member whose role is being changed (its select shows a spinner). */
  const changing = ref<string | null>(null);
  /** True when the API accepted the change (a refused one is shown, and the control snaps back). */
  async function changeRole(member: AssociationMemberRow, role: AssociationRole): Promise<boolean> {
    if (role === member.role) return true;
    changing.value = member.id;
    const result = await update.executeMutation({ memberId: member.id, role });
    changing.value = null;
    if (result.error) notices.fail(result.error);
    else notices.done(t('association.member.updated'));
    return !result.error;
  }

  return {
    memberPersonIds,
    addForm,
    async submitAdd(): Promise<void> {
      if (await addForm.submit()) notices.done(t('association.member.added'));
    },
    changing,
    changeRole,
    remove: (member: AssociationMemberRow) =>
      notices.confirmRemoval(t('association.member.removeConfirm.header'), t('association.member.removeConfirm.message', { name: member.person.fullName }), () => {
        void remove.executeMutation({ memberId: member.id }).then((r) => (r.error ? notices.fail(r.error) : notices.done(t('association.member.removed'))));
      }),
  };
}
