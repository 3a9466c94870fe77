import type { CombinedError } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useServerErrors } from '@/graphql/useServerErrors';

/**
 * Client checks (shown after the first submit, then live) merged with the API's field errors
 * (shown until the field changes or the form is sent again).
 */
export function useFormErrors(validate: () => Record<string, string>, isField: (field: string) => boolean) {
  const { t } = useI18n();
  const server = useServerErrors({ isField, networkMessage: t('common.networkError') });
  const attempted = ref(false);
  const client = computed(() => (attempted.value ? validate() : {}));
  const fields: Ref<Record<string, string>> = computed(() => ({ ...server.fields.value, ...client.value }));

  /** Before sending: true when the client checks pass. */
  function check(): boolean {
    attempted.value = true;
    server.reset();
    return Object.keys(validate()).length === 0;
  }

  /** Back to a fresh form: no client messages until the next submit, no API messages. */
  function reset(): void {
    attempted.value = false;
    server.reset();
  }

  return {
    fields,
    general: server.general,
    check,
    reset,
    applyServer: (error: CombinedError | null | undefined) => server.apply(error),
    clearServerField: server.clearField,
    clearServer: server.reset,
  };
}
