import { useClientHandle, useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import { errorText } from '@/graphql/errors';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import {
  ApplyToInternshipMutation,
  ApproveInternshipApplicationMutation,
  DeclineInternshipApplicationMutation,
  InternshipCertificateCredentialQuery,
  InternshipCertificatePdfQuery,
  InternshipCohortQuery,
  NominateToInternshipMutation,
  ReviewInternshipProductMutation,
  WithdrawInternshipApplicationMutation,
} from './internship.graphql';

/** Certificate downloads: the PDF, and the Open Badges 3.0 credential as a JSON file. */
export function useCertificateDownloads() {
  const handle = useClientHandle();
  const notices = useNotices();
  return {
    async pdf(id: string): Promise<void> {
      const r = await handle.client.query(InternshipCertificatePdfQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      const f = r.data?.internshipCertificatePdf;
      if (f) saveBase64File(f.fileName, f.contentBase64, f.fileType);
      else notices.fail(r.error);
    },
    async badge(id: string, number: string): Promise<void> {
      const r = await handle.client.query(InternshipCertificateCredentialQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      const json = r.data?.internshipCertificateCredential;
      if (!json) return notices.fail(r.error);
      const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(json)));
      saveBase64File(`open-badge-${number.replace('МС', 'MS')}.json`, b64, 'application/ld+json');
    },
  };
}

/** A cohort's page: sessions, seats and waitlist; one's own application; for those who run it, the decisions. */
export function useCohortPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: InternshipCohortQuery, variables: computed(() => ({ id: toValue(id) })), requestPolicy: 'cache-and-network' });
  const applying = useMutation(ApplyToInternshipMutation);
  const withdrawing = useMutation(WithdrawInternshipApplicationMutation);
  const approving = useMutation(ApproveInternshipApplicationMutation);
  const declining = useMutation(DeclineInternshipApplicationMutation);
  const reviewing = useMutation(ReviewInternshipProductMutation);
  const nominating = useMutation(NominateToInternshipMutation);
  const nominateOpen = ref(false);
  const nominee = ref<string | null>(null);
  const nominateError = ref<string | null>(null);
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });

  const declineFor = ref<{ id: string; name: string } | null>(null);
  const declineReason = ref('');
  const declineError = ref<string | null>(null);

  async function run<T extends { error?: import('@urql/vue').CombinedError }>(p: Promise<T>, done: string): Promise<boolean> {
    const result = await p;
    if (result.error) {
      notices.fail(result.error);
      return false;
    }
    notices.done(done);
    refetch();
    return true;
  }

  return {
    cohort: computed(() => query.data.value?.internshipCohort ?? null),
    fetching: query.fetching,
    error: computed(() => (query.error.value && !query.error.value.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND') ? query.error.value.message : null)),
    notFound: computed(() => !!query.error.value?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')),
    refetch,
    apply: () => run(applying.executeMutation({ cohortId: toValue(id) }), t('internship.cohort.applied')),
    withdraw: (applicationId: string) => run(withdrawing.executeMutation({ id: applicationId }), t('internship.cohort.withdrawn')),
    approve: (applicationId: string) => run(approving.executeMutation({ id: applicationId }), t('internship.cohort.approved')),
    review: (applicationId: string, accepted: boolean) => run(reviewing.executeMutation({ input: { applicationId, accepted } }), t('internship.cohort.reviewed')),
    declineFor,
    declineReason,
    declineError,
    openDecline(applicationId: string, name: string): void {
      declineFor.value = { id: applicationId, name };
      declineReason.value = '';
      declineError.value = null;
    },
    async submitDecline(): Promise<void> {
      if (!declineFor.value) return;
      if (!declineReason.value.trim()) {
        declineError.value = t('internship.cohort.reasonRequired');
        return;
      }
      const result = await declining.executeMutation({ input: { applicationId: declineFor.value.id, reason: declineReason.value } });
      if (result.error) {
        declineError.value = errorText(result.error, t('common.networkError')) ?? null;
        return;
      }
      declineFor.value = null;
      notices.done(t('internship.cohort.declined'));
      refetch();
    },
    nominateOpen,
    nominee,
    nominateError,
    openNominate(): void {
      nominee.value = null;
      nominateError.value = null;
      nominateOpen.value = true;
    },
    async submitNominate(): Promise<void> {
      if (!nominee.value) {
        nominateError.value = t('internship.cohort.nominee');
        return;
      }
      const result = await nominating.executeMutation({ input: { cohortId: toValue(id), personId: nominee.value } });
      if (result.error) {
        nominateError.value = errorText(result.error, t('common.networkError')) ?? null;
        return;
      }
      nominateOpen.value = false;
      notices.done(t('internship.cohort.nominated'));
      refetch();
    },
    busy: computed(() => applying.fetching.value || withdrawing.fetching.value || approving.fetching.value || declining.fetching.value || reviewing.fetching.value),
  };
}
