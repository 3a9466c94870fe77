import { useClientHandle, useMutation } from '@urql/vue';
import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import type { NetworkMemberRole } from '@/gql/graphql';
import { AddNetworkMemberMutation, LeaveNetworkMutation, OrganizationDirectoryQuery, RemoveNetworkMemberMutation, UpdateNetworkMemberMutation } from './network.graphql';
import { isLevelled } from './network-graph';
import { directoryOptions, emptyMemberForm, isMemberFormField, toMemberInput, validateMemberForm, type DirectoryOption } from './member-form';
import { orgLabel } from './useNetworkLabels';
import { useConfirm } from 'primevue/useconfirm';
import { useNotices } from '@/common/useNotices';
import type { NetworkDetails, NetworkMemberRow } from './useNetworkPage';

const DIRECTORY_SIZE = 20;
/** The API searches the directory from this many characters. */
export const DIRECTORY_MIN_SEARCH = 2;

/** Organisations of any region found by the typed text; stale answers are dropped. */
export function useOrganizationDirectory(excluded: MaybeRefOrGetter<ReadonlySet<string>>) {
  const handle = useClientHandle();
  const suggestions = ref<DirectoryOption[]>([]);
  const searching = ref(false);
  let ticket = 0;

  /** Called by the AutoComplete after its own debounce (`delay`). */
  async function search(text: string): Promise<void> {
    const mine = ++ticket;
    const trimmed = text.trim();
    if (trimmed.length < DIRECTORY_MIN_SEARCH) {
      suggestions.value = [];
      return;
    }
    searching.value = true;
    const result = await handle.client.query(OrganizationDirectoryQuery, { search: trimmed, first: DIRECTORY_SIZE }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== ticket) return;
    searching.value = false;
    // A new array every time: the AutoComplete opens its list when the suggestions change.
    suggestions.value = directoryOptions(result.data?.organizationDirectory ?? [], toValue(excluded));
  }

  return { suggestions, searching, search };
}

/** Members tab: add a member (directory search), change role or level in place, remove with confirmation. */
export function useMemberEditor(network: MaybeRefOrGetter<NetworkDetails>) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddNetworkMemberMutation);
  const update = useMutation(UpdateNetworkMemberMutation);
  const remove = useMutation(RemoveNetworkMemberMutation);
  const leaving = useMutation(LeaveNetworkMutation);
  const confirm = useConfirm();
  const levelled = computed(() => isLevelled(toValue(network).model));
  // A declined or departed organisation may be invited again: only invited and taking part ones are «already in».
  const memberOrganizationIds = computed<ReadonlySet<string>>(
    () => new Set(toValue(network).members.filter((m) => m.status === 'ACCEPTED' || m.status === 'INVITED').map((m) => m.organizationId)),
  );
  /** Whether the last added organisation was only invited (outside the caller's reach). */
  let invited = false;
  const directory = useOrganizationDirectory(memberOrganizationIds);

  const addForm = useInlineForm({
    empty: emptyMemberForm,
    validate: (form) =>
      validateMemberForm(
        form,
        { levelled: levelled.value, memberOrganizationIds: memberOrganizationIds.value },
        {
          required: t('common.required'),
          chooseFromList: t('network.member.chooseFromList'),
          alreadyMember: t('network.member.alreadyMember'),
          level: t('network.member.levelHint'),
        },
      ),
    isField: isMemberFormField,
    send: async (form) => {
      const input = toMemberInput(form, levelled.value);
      const r = await add.executeMutation({ networkId: toValue(network).id, input });
      invited = r.data?.addNetworkMember.members.find((m) => m.organizationId === input.organizationId)?.status === 'INVITED';
      return r.error;
    },
  });

  /**
   * The table is read-only; «Изменить» opens one row for editing with a draft of its role and level. «Сохранить»
   * sends what changed; «Отмена» closes the row; a refusal snaps the draft back to the saved values and says why.
   */
  const editing = ref<string | null>(null);
  const draft = reactive<{ role: NetworkMemberRole | null; level: number | null }>({ role: null, level: null });
  const saving = ref(false);
  function startEdit(member: NetworkMemberRow): void {
    editing.value = member.id;
    draft.role = member.role;
    draft.level = member.level ?? null;
  }
  const cancelEdit = (): void => {
    editing.value = null;
  };
  async function saveEdit(member: NetworkMemberRow): Promise<void> {
    const input: { role?: NetworkMemberRole; level?: number | null } = {};
    if (draft.role && draft.role !== member.role) input.role = draft.role;
    if (levelled.value && member.status === 'ACCEPTED' && draft.level !== (member.level ?? null)) input.level = draft.level;
    if (!Object.keys(input).length) return cancelEdit();
    saving.value = true;
    const result = await update.executeMutation({ memberId: member.id, input });
    saving.value = false;
    if (result.error) {
      // Refused: the row stays open, showing the saved values again, with the reason.
      draft.role = member.role;
      draft.level = member.level ?? null;
      return notices.fail(result.error);
    }
    editing.value = null;
    notices.done(t('network.member.updated'));
  }

  return {
    levelled,
    directory,
    addForm,
    async submitAdd(): Promise<void> {
      if (await addForm.submit()) notices.done(t(invited ? 'network.consent.invitedToast' : 'network.member.added'));
    },
    editing,
    draft,
    saving,
    startEdit,
    cancelEdit,
    saveEdit,
    remove: (member: NetworkMemberRow) =>
      notices.confirmRemoval(t('network.member.removeConfirm.header'), t('network.member.removeConfirm.message', { name: orgLabel(member.organization) }), () => {
        void remove.executeMutation({ memberId: member.id }).then((r) => (r.error ? notices.fail(r.error) : notices.done(t('network.member.removed'))));
      }),
    /** A member organisation the caller acts for leaves (the API says who may: `canLeave`). */
    leave: (member: NetworkMemberRow) =>
      confirm.require({
        header: t('network.consent.leaveConfirm.header'),
        message: t('network.consent.leaveConfirm.message', { name: orgLabel(member.organization) }),
        icon: 'pi pi-sign-out',
        rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
        acceptProps: { label: t('network.consent.leaveConfirm.accept'), severity: 'danger' },
        accept: () => {
          void leaving.executeMutation({ memberId: member.id }).then((r) => (r.error ? notices.fail(r.error) : notices.done(t('network.consent.left'))));
        },
      }),
  };
}
