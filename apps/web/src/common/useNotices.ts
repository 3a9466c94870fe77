import type { CombinedError } from '@urql/vue';
import { useConfirm } from 'primevue/useconfirm';
import { useToast } from 'primevue/usetoast';
import { useI18n } from 'vue-i18n';
import { errorText } from '@/graphql/errors';

/** Toasts and confirmations of a page's small actions (inline changes, removals). */
export function useNotices() {
  const { t } = useI18n();
  const toast = useToast();
  const confirm = useConfirm();

  return {
    done: (detail: string) => toast.add({ severity: 'success', summary: t('common.doneTitle'), detail, life: 3000 }),
    fail: (error: CombinedError | null | undefined) =>
      toast.add({ severity: 'error', summary: t('common.errorTitle'), detail: errorText(error, t('common.networkError')) ?? '', life: 6000 }),
    problem: (detail: string) => toast.add({ severity: 'error', summary: t('common.errorTitle'), detail, life: 6000 }),
    /** Asks before a removal; `accept` runs only on «Удалить». */
    confirmRemoval: (header: string, message: string, accept: () => void) =>
      confirm.require({
        header,
        message,
        icon: 'pi pi-exclamation-triangle',
        rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
        acceptProps: { label: t('common.remove'), severity: 'danger' },
        accept,
      }),
  };
}
