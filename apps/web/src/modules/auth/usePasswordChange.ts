import { useMutation } from '@urql/vue';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useServerErrors } from '@/graphql/useServerErrors';
import { ChangePasswordMutation } from './auth.graphql';

/** The password change form: the current password, the new one twice; the API's field errors under their fields. */
export function usePasswordChange(onChanged: () => void) {
  const { t } = useI18n();
  const { executeMutation, fetching } = useMutation(ChangePasswordMutation);
  const server = useServerErrors({ networkMessage: t('common.networkError'), isField: (f) => f === 'oldPassword' || f === 'newPassword' });
  const form = reactive({ oldPassword: '', newPassword: '', repeat: '' });
  const local = ref<Record<string, string>>({});

  const fieldErrors = computed<Record<string, string>>(() => ({ ...server.fields.value, ...local.value }));

  function check(): boolean {
    const errors: Record<string, string> = {};
    if (!form.oldPassword) errors['oldPassword'] = t('account.password.required');
    if (!form.newPassword) errors['newPassword'] = t('account.password.required');
    else if (form.repeat !== form.newPassword) errors['repeat'] = t('account.password.mismatch');
    local.value = errors;
    return Object.keys(errors).length === 0;
  }

  /** Sends the change; true when the API accepted it. */
  async function submit(): Promise<boolean> {
    server.reset();
    if (!check()) return false;
    const result = await executeMutation({ input: { oldPassword: form.oldPassword, newPassword: form.newPassword } });
    if (result.error || !result.data?.changePassword) {
      server.apply(result.error);
      return false;
    }
    Object.assign(form, { oldPassword: '', newPassword: '', repeat: '' });
    onChanged();
    return true;
  }

  function edited(field: 'oldPassword' | 'newPassword' | 'repeat'): void {
    server.clearField(field);
    if (local.value[field]) {
      const rest = { ...local.value };
      delete rest[field];
      local.value = rest;
    }
  }

  return { form, submit, fetching, fieldErrors, generalError: server.general, edited };
}
