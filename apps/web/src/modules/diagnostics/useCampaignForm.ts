import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { campaignFormFrom, emptyCampaignForm, isCampaignFormField, toCreateCampaignInput, toUpdateCampaignInput, validateCampaignForm } from './campaign-form';
import { CreateDiagnosticCampaignMutation, DiagnosticCampaignQuery, DiagnosticInstrumentOptionsQuery, UpdateDiagnosticCampaignMutation } from './diagnostics.graphql';

/** Create (no id) or set up a campaign, with client checks and the API's field errors. */
export function useCampaignForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: DiagnosticCampaignQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const instruments = useQuery({ query: DiagnosticInstrumentOptionsQuery });
  const create = useMutation(CreateDiagnosticCampaignMutation);
  const update = useMutation(UpdateDiagnosticCampaignMutation);
  const f = useRecordForm({
    id,
    empty: emptyCampaignForm,
    loaded: { record: computed(() => query.data.value?.diagnosticCampaign), fetching: query.fetching, error: query.error },
    fromRecord: campaignFormFrom,
    validate: (form) =>
      validateCampaignForm(form, {
        required: t('common.required'),
        endBeforeStart: t('common.endBeforeStart'),
        organizationsMin: t('diagnostics.campaign.noOrganizations'),
        years: t('diagnostics.campaign.errors.years'),
        weight: t('diagnostics.campaign.errors.weight'),
      }),
    isField: isCampaignFormField,
    rowKeys: ['organizations'],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdateCampaignInput(form) });
        return { id: r.data?.updateDiagnosticCampaign.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateCampaignInput(form) });
      return { id: r.data?.createDiagnosticCampaign.id ?? null, error: r.error };
    },
    routes: { card: 'diagnostic-campaign', list: 'diagnostic-campaigns' },
  });
  return {
    ...f,
    fieldErrors: f.errors.fields,
    instrumentOptions: computed(() => (instruments.data.value?.diagnosticInstrumentOptions ?? []).map((i) => ({ value: i.id, label: `${i.name} (в. ${i.version}, вопросов: ${i.itemsCount})` }))),
    addOrganization: (o: { id: string; name: string } | null) => {
      if (o && !f.form.organizations.some((x) => x.id === o.id)) f.form.organizations.push(o);
    },
    removeOrganization: (id: string) => {
      f.form.organizations = f.form.organizations.filter((o) => o.id !== id);
    },
  };
}
