import { useClientHandle, useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import {
  AddPracticeAttachmentMutation,
  ArchivePracticeMutation,
  PracticeAttachmentFileQuery,
  PracticeNetworkOptionsQuery,
  PracticePageQuery,
  PublishPracticeMutation,
  RemovePracticeAttachmentMutation,
  RestorePracticeMutation,
  ReturnPracticeMutation,
  SubmitPracticeMutation,
  WithdrawPracticeMutation,
} from './practice.graphql';

/** A practice card: the review flow (send, publish, return with a reason, withdraw), archive, attachments. */
export function usePracticePage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const handle = useClientHandle();
  const query = useQuery({ query: PracticePageQuery, variables: computed(() => ({ id: toValue(id) })) });
  const practice = computed(() => query.data.value?.practice ?? null);
  const states = useRecordStates(query, practice);
  const busy = ref(false);
  const networks = useQuery({ query: PracticeNetworkOptionsQuery });
  const networkOptions = computed(() => (networks.data.value?.networks.nodes ?? []).map((n) => ({ value: n.id, label: n.name })));
  const networkId = ref<string | null>(null);
  const reason = ref('');
  const reasonError = ref<string | null>(null);
  const returning = ref(false);

  const submitM = useMutation(SubmitPracticeMutation);
  const publishM = useMutation(PublishPracticeMutation);
  const returnM = useMutation(ReturnPracticeMutation);
  const withdrawM = useMutation(WithdrawPracticeMutation);
  const archiveM = useMutation(ArchivePracticeMutation);
  const restoreM = useMutation(RestorePracticeMutation);
  const addM = useMutation(AddPracticeAttachmentMutation);
  const removeM = useMutation(RemovePracticeAttachmentMutation);

  async function run(action: () => Promise<{ error?: Parameters<typeof notices.fail>[0] }>, done: string): Promise<boolean> {
    busy.value = true;
    try {
      const r = await action();
      if (r.error) {
        notices.fail(r.error);
        return false;
      }
      notices.done(done);
      query.executeQuery({ requestPolicy: 'network-only' });
      return true;
    } finally {
      busy.value = false;
    }
  }

  const cardId = () => toValue(id);
  const submit = () => run(() => submitM.executeMutation({ id: cardId(), networkId: practice.value?.networkId ? null : networkId.value }), t('practice.page.submitted'));
  const publish = () => run(() => publishM.executeMutation({ id: cardId() }), t('practice.page.published'));
  async function sendBack(): Promise<void> {
    reasonError.value = reason.value.trim() ? null : t('common.required');
    if (reasonError.value) return;
    if (await run(() => returnM.executeMutation({ id: cardId(), reason: reason.value.trim() }), t('practice.page.returnedDone'))) {
      returning.value = false;
      reason.value = '';
    }
  }
  const withdraw = () => run(() => withdrawM.executeMutation({ id: cardId() }), t('practice.page.withdrawn'));
  const archive = () => run(() => archiveM.executeMutation({ id: cardId() }), t('practice.page.archivedDone'));
  const restore = () => run(() => restoreM.executeMutation({ id: cardId() }), t('practice.page.restoredDone'));

  async function addLink(title: string, url: string): Promise<boolean> {
    return run(() => addM.executeMutation({ id: cardId(), input: { title, url } }), t('common.doneTitle'));
  }
  async function addFile(file: File): Promise<boolean> {
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(file);
    } catch {
      notices.problem(t('common.networkError'));
      return false;
    }
    return run(() => addM.executeMutation({ id: cardId(), input: { title: file.name, fileName: file.name, contentBase64 } }), t('common.doneTitle'));
  }
  /** The file chosen in an `<input type="file">`: attached, then the input is cleared. */
  function pickFile(target: EventTarget | null): void {
    const input = target as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (input && file) void addFile(file).then(() => (input.value = ''));
  }
  const removeAttachment = (attachmentId: string) => run(() => removeM.executeMutation({ attachmentId }), t('common.doneTitle'));
  async function download(attachmentId: string): Promise<void> {
    const r = await handle.client.query(PracticeAttachmentFileQuery, { attachmentId }, { requestPolicy: 'network-only' }).toPromise();
    const file = r.data?.practiceAttachmentFile;
    if (file) saveBase64File(file.fileName, file.contentBase64, file.fileType);
    else notices.fail(r.error);
  }

  return {
    practice,
    fetching: states.fetching,
    error: states.error,
    notFound: states.notFound,
    refetch: states.refetch,
    busy,
    networkOptions,
    networkId,
    reason,
    reasonError,
    returning,
    submit,
    publish,
    sendBack,
    withdraw,
    archive,
    restore,
    addLink,
    addFile,
    pickFile,
    removeAttachment,
    download,
  };
}
