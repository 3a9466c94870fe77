import { useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { CreateAgreementMutation, UpdateAgreementMutation } from './network.graphql';
import {
  agreementFieldOf,
  agreementFormFrom,
  emptyAgreementForm,
  isAgreementFormField,
  toAgreementInput,
  validateAgreementForm,
  type NetworkAgreement,
} from './agreement-form';
import { orgLabel } from './useNetworkLabels';
import { useNotices } from '@/common/useNotices';
import type { NetworkDetails } from './useNetworkPage';

/** Create or edit an agreement of the network in a dialog; parties are picked from the members. */
export function useAgreementForm(network: MaybeRefOrGetter<NetworkDetails>) {
  const { t } = useI18n();
  const notices = useNotices();
  const create = useMutation(CreateAgreementMutation);
  const update = useMutation(UpdateAgreementMutation);
  const visible = ref(false);
  const editing = ref<NetworkAgreement | null>(null);

  const f = useInlineForm({
    empty: () => emptyAgreementForm(toValue(network).coordinatorOrganizationId),
    validate: (form) =>
      validateAgreementForm(form, {
        required: t('common.required'),
        partiesMin: t('network.agreement.partiesMin'),
        startsBeforeSigned: t('network.agreement.startsBeforeSigned'),
        endBeforeStart: t('network.agreement.endBeforeStart'),
      }),
    isField: isAgreementFormField,
    send: async (form) => {
      const input = toAgreementInput(form);
      const result = editing.value
        ? await update.executeMutation({ id: editing.value.id, input })
        : await create.executeMutation({ networkId: toValue(network).id, input });
      return result.error;
    },
  });

  /** Field messages, with a refused party (`partyOrganizationIds.1`) shown under the parties box. */
  const fields = computed(() => {
    const out: Record<string, string> = {};
    for (const [field, message] of Object.entries(f.fields.value)) out[agreementFieldOf(field)] ??= message;
    return out;
  });

  // Parties: the members, plus any former member still named by an agreement being edited.
  const partyOptions = computed(() => {
    const options = new Map(toValue(network).members.map((m) => [m.organizationId, orgLabel(m.organization)]));
    for (const p of editing.value?.parties ?? []) if (!options.has(p.id)) options.set(p.id, orgLabel(p));
    return [...options.entries()].map(([value, label]) => ({ value, label }));
  });

  return {
    form: f.form,
    fields,
    general: f.general,
    sending: f.sending,
    visible,
    editing,
    partyOptions,
    open(agreement: NetworkAgreement | null = null): void {
      editing.value = agreement;
      f.reset(agreement ? agreementFormFrom(agreement) : undefined);
      visible.value = true;
    },
    close: () => (visible.value = false),
    async submit(): Promise<void> {
      const wasEditing = !!editing.value;
      if (!(await f.submit())) return;
      visible.value = false;
      notices.done(t(wasEditing ? 'common.saved' : 'common.created'));
    },
  };
}
