import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import { ApplyToInternshipMutation, MyInternshipsQuery, SubmitInternshipProductMutation, WithdrawInternshipApplicationMutation } from './internship.graphql';

/** «Мои стажировки»: one's applications (status, attendance, product, certificate) and the cohorts open to apply to. */
export function useMyInternships() {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: MyInternshipsQuery, requestPolicy: 'cache-and-network' });
  const applying = useMutation(ApplyToInternshipMutation);
  const withdrawing = useMutation(WithdrawInternshipApplicationMutation);
  const submitting = useMutation(SubmitInternshipProductMutation);
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });
  /** The product form of one application at a time. */
  const productFor = ref<string | null>(null);
  const product = reactive({ title: '', url: '' });
  const productErrors = ref<Record<string, string>>({});

  const applications = computed(() => query.data.value?.myInternshipApplications ?? []);
  const live = computed(() => new Set(applications.value.filter((a) => ['SUBMITTED', 'APPROVED', 'WAITLISTED'].includes(a.status)).map((a) => a.cohortId)));

  return {
    applications,
    cohorts: computed(() => query.data.value?.openInternshipCohorts ?? []),
    appliedTo: (cohortId: string) => live.value.has(cohortId),
    fetching: query.fetching,
    error: computed(() => query.error.value?.message ?? null),
    refetch,
    busy: computed(() => applying.fetching.value || withdrawing.fetching.value || submitting.fetching.value),
    async apply(cohortId: string): Promise<void> {
      const r = await applying.executeMutation({ cohortId });
      if (r.error) return notices.fail(r.error);
      const status = r.data?.applyToInternship.status;
      notices.done(status === 'WAITLISTED' ? t('internship.my.waitlisted', { n: r.data?.applyToInternship.waitlistPosition ?? '' }) : t('internship.cohort.applied'));
      refetch();
    },
    async withdraw(id: string): Promise<void> {
      const r = await withdrawing.executeMutation({ id });
      if (r.error) return notices.fail(r.error);
      notices.done(t('internship.cohort.withdrawn'));
      refetch();
    },
    productFor,
    product,
    productErrors,
    openProduct(id: string, title: string | null, url: string | null): void {
      productFor.value = id;
      product.title = title ?? '';
      product.url = url ?? '';
      productErrors.value = {};
    },
    async submitProduct(): Promise<void> {
      if (!productFor.value) return;
      const r = await submitting.executeMutation({ input: { applicationId: productFor.value, title: product.title, url: product.url } });
      if (r.error) {
        const fields = r.error.graphQLErrors.flatMap((e) => (e.extensions?.['fields'] as { field: string; message: string }[] | undefined) ?? []);
        if (fields.length) productErrors.value = Object.fromEntries(fields.map((f) => [f.field, f.message]));
        else notices.fail(r.error);
        return;
      }
      productFor.value = null;
      notices.done(t('internship.my.productSent'));
      refetch();
    },
  };
}
