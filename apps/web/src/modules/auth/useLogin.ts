import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { plainRequest } from '@/graphql/plain-request';
import { useServerErrors } from '@/graphql/useServerErrors';
import { LoginMutation } from './auth.graphql';
import { safeRedirect } from './auth.guard';
import { useSessionStore } from './session.store';

/**
 * Sign-in form: sends the credentials, stores `me` and goes where the user wanted to go. A plain request, not urql:
 * the sign-in page loads neither urql nor PrimeVue (main.ts); urql's cache starts empty after the sign-in anyway.
 */
export function useLogin() {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const fetching = ref(false);
  const server = useServerErrors({ networkMessage: t('common.networkError') });
  const form = reactive({ login: '', password: '' });
  const missing = ref(false);

  const generalError = computed(() => (missing.value ? t('auth.required') : server.general.value));

  async function submit(): Promise<void> {
    server.reset();
    missing.value = !form.login.trim() || !form.password;
    if (missing.value || fetching.value) return;
    fetching.value = true;
    const result = await plainRequest(LoginMutation, { input: { login: form.login.trim(), password: form.password } }).finally(() => (fetching.value = false));
    const me = result.data?.login.me;
    if (result.error || !me) {
      server.apply(result.error);
      form.password = '';
      return;
    }
    session.setMe(me);
    await router.replace(safeRedirect(route.query['redirect']));
  }

  return { form, submit, fetching, fieldErrors: server.fields, generalError };
}
