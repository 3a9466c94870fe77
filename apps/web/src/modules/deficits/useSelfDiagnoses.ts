import { useMutation, useQuery } from '@urql/vue';
import type { CombinedError } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { OrganizationSelfDiagnosesQuery } from '@/gql/graphql';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { useNotices } from '@/common/useNotices';
import {
  AggregateSelfDiagnosisMutation,
  ArchiveSelfDiagnosisMutation,
  CreateSelfDiagnosisMutation,
  OrganizationSelfDiagnosesQuery as ListQuery,
  RestoreSelfDiagnosisMutation,
  UpdateSelfDiagnosisMutation,
} from './deficits.graphql';
import { selfDiagnosisEntries, type SelfDiagnosisForm } from './deficits-logic';

export type SelfDiagnosis = OrganizationSelfDiagnosesQuery['organizationSelfDiagnoses'][number];

/** A school's self-diagnostics: the list (current or archive) and the changes staff make to it. */
export function useSelfDiagnoses(organizationId: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const archived = ref(false);
  const q = useQuery({ query: ListQuery, variables: computed(() => ({ organizationId: toValue(organizationId), archived: archived.value })), requestPolicy: 'cache-and-network' });
  const create = useMutation(CreateSelfDiagnosisMutation);
  const update = useMutation(UpdateSelfDiagnosisMutation);
  const aggregateM = useMutation(AggregateSelfDiagnosisMutation);
  const archiveM = useMutation(ArchiveSelfDiagnosisMutation);
  const restoreM = useMutation(RestoreSelfDiagnosisMutation);
  const busy = ref(false);
  const refetch = () => q.executeQuery({ requestPolicy: 'network-only' });

  /** Creates or updates; answers the API's error for the form. */
  async function save(id: string | null, form: SelfDiagnosisForm): Promise<CombinedError | undefined> {
    const entries = selfDiagnosisEntries(form);
    const r = id
      ? await update.executeMutation({ id, input: { conductedOn: form.conductedOn, summary: form.summary, entries } })
      : await create.executeMutation({ input: { organizationId: toValue(organizationId), frameworkId: form.frameworkId, conductedOn: form.conductedOn, summary: form.summary, entries } });
    if (!r.error) {
      notices.done(t('deficits.self.saved'));
      refetch();
    }
    return r.error;
  }

  async function aggregate(campaignId: string): Promise<CombinedError | undefined> {
    const r = await aggregateM.executeMutation({ organizationId: toValue(organizationId), campaignId });
    if (!r.error) {
      notices.done(t('deficits.self.aggregated'));
      archived.value = false;
      refetch();
    }
    return r.error;
  }

  async function setArchived(id: string, value: boolean): Promise<void> {
    busy.value = true;
    try {
      const r = value ? await archiveM.executeMutation({ id }) : await restoreM.executeMutation({ id });
      if (r.error) notices.fail(r.error);
      else {
        notices.done(t(value ? 'deficits.self.archivedDone' : 'deficits.self.restoredDone'));
        refetch();
      }
    } finally {
      busy.value = false;
    }
  }

  return {
    archived,
    list: computed(() => q.data.value?.organizationSelfDiagnoses ?? []),
    fetching: computed(() => q.fetching.value && !q.data.value),
    notFound: computed(() => hasErrorCode(q.error.value, 'NOT_FOUND')),
    error: computed(() => (hasErrorCode(q.error.value, 'NOT_FOUND') ? null : errorText(q.error.value, t('common.networkError')))),
    busy,
    save,
    aggregate,
    setArchived,
    refetch,
  };
}
