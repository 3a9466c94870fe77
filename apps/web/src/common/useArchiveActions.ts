import type { AnyVariables, DocumentInput } from '@urql/vue';
import { useMutation } from '@urql/vue';
import { useConfirm } from 'primevue/useconfirm';
import { useToast } from 'primevue/usetoast';
import { useI18n } from 'vue-i18n';
import { errorText } from '@/graphql/errors';

/** The undo toast group: the page that archives renders `<Toast group="undo">` with an «Отменить» button. */
export const UNDO_TOAST_GROUP = 'undo';

interface ArchiveTexts {
  confirmHeader: string;
  confirmMessage: string;
  archived: string;
  restored: string;
}

/**
 * Archive with a confirmation and an undo toast; restore. Shared by organisations and people.
 * The mutations return the record with `archivedAt`, so the cache updates the page by itself.
 */
export function useArchiveActions<A, R>(
  archiveDocument: DocumentInput<A, { id: string }>,
  restoreDocument: DocumentInput<R, { id: string }>,
) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const toast = useToast();
  const archiveMutation = useMutation<A, AnyVariables>(archiveDocument);
  const restoreMutation = useMutation<R, AnyVariables>(restoreDocument);

  function fail(error: Parameters<typeof errorText>[0]): void {
    toast.add({ severity: 'error', summary: t('common.errorTitle'), detail: errorText(error, t('common.networkError')) ?? '', life: 6000 });
  }

  async function restore(id: string, texts: ArchiveTexts): Promise<void> {
    toast.removeGroup(UNDO_TOAST_GROUP);
    const result = await restoreMutation.executeMutation({ id });
    if (result.error) return fail(result.error);
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: texts.restored, life: 3000 });
  }

  async function doArchive(id: string, texts: ArchiveTexts): Promise<void> {
    const result = await archiveMutation.executeMutation({ id });
    if (result.error) return fail(result.error);
    toast.add({ severity: 'info', summary: texts.archived, group: UNDO_TOAST_GROUP, life: 10000, detail: id });
  }

  function archive(id: string, texts: ArchiveTexts): void {
    confirm.require({
      header: texts.confirmHeader,
      message: texts.confirmMessage,
      icon: 'pi pi-inbox',
      rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
      acceptProps: { label: t('common.archive'), severity: 'danger' },
      accept: () => void doArchive(id, texts),
    });
  }

  return {
    archive,
    restore,
    busy: () => archiveMutation.fetching.value || restoreMutation.fetching.value,
  };
}
