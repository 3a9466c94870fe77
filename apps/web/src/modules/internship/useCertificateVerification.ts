import { normalizeCertificateNumber } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed, ref, watch, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { VerifyInternshipCertificateQuery } from './internship.graphql';

/** The public check of a certificate by the number in the URL (`/verify/:number`); typing a number changes the URL. */
export function useCertificateVerification(routeNumber: Ref<string | undefined>) {
  const router = useRouter();
  const typed = ref(routeNumber.value ?? '');
  const badNumber = ref(false);
  const number = computed(() => (routeNumber.value ? normalizeCertificateNumber(routeNumber.value) : null));
  watch(routeNumber, (v) => (typed.value = v ?? ''));

  const query = useQuery({
    query: VerifyInternshipCertificateQuery,
    variables: computed(() => ({ number: number.value ?? '' })),
    pause: computed(() => !number.value),
    requestPolicy: 'network-only',
  });

  async function check(): Promise<void> {
    const n = normalizeCertificateNumber(typed.value);
    badNumber.value = !n;
    if (n) await router.replace({ name: 'certificate-verify', params: { number: n } });
  }

  const checked = computed(() => !!number.value && !query.fetching.value && !query.error.value && !!query.data.value);
  return {
    typed,
    badNumber: computed(() => badNumber.value || (!!routeNumber.value && !number.value)),
    check,
    fetching: query.fetching,
    error: computed(() => query.error.value?.message ?? null),
    certificate: computed(() => (number.value ? (query.data.value?.verifyInternshipCertificate ?? null) : null)),
    notFound: computed(() => checked.value && !query.data.value?.verifyInternshipCertificate),
  };
}
