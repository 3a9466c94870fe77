import { useClientHandle, useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import { AgreementFileQuery, AttachAgreementFileMutation, RemoveAgreementFileMutation } from './network.graphql';
import { AGREEMENT_FILE_MAX_MB, agreementFileProblem } from './agreement-form';
import { useNotices } from '@/common/useNotices';

/** The signed document of an agreement: attach (checked before sending), download, remove. */
export function useAgreementFiles() {
  const { t } = useI18n();
  const handle = useClientHandle();
  const notices = useNotices();
  const attachMutation = useMutation(AttachAgreementFileMutation);
  const removeMutation = useMutation(RemoveAgreementFileMutation);
  /** The agreement whose file is being sent or fetched. */
  const busy = ref<string | null>(null);

  async function attach(agreementId: string, file: File): Promise<void> {
    const problem = agreementFileProblem(file);
    if (problem) return notices.problem(t(`network.agreement.${problem}`, { max: AGREEMENT_FILE_MAX_MB }));
    busy.value = agreementId;
    try {
      let contentBase64: string;
      try {
        contentBase64 = await fileToBase64(file);
      } catch {
        return notices.problem(t('network.agreement.readFailed'));
      }
      const result = await attachMutation.executeMutation({ agreementId, input: { fileName: file.name, contentBase64 } });
      if (result.error) notices.fail(result.error);
      else notices.done(t('network.agreement.fileAttached'));
    } finally {
      busy.value = null;
    }
  }

  async function download(agreementId: string): Promise<void> {
    busy.value = agreementId;
    try {
      const result = await handle.client.query(AgreementFileQuery, { agreementId }, { requestPolicy: 'network-only' }).toPromise();
      const file = result.data?.agreementFile;
      if (file) saveBase64File(file.fileName, file.contentBase64, file.fileType);
      else notices.fail(result.error);
    } finally {
      busy.value = null;
    }
  }

  function remove(agreement: { id: string; fileName?: string | null }): void {
    notices.confirmRemoval(t('network.agreement.removeFile'), agreement.fileName ?? '', () => {
      void removeMutation
        .executeMutation({ agreementId: agreement.id })
        .then((r) => (r.error ? notices.fail(r.error) : notices.done(t('network.agreement.fileRemoved'))));
    });
  }

  // One hidden file input serves every row: remember which agreement asked for it.
  const fileInput = ref<HTMLInputElement | null>(null);
  const attachTo = ref<string | null>(null);
  function choose(agreementId: string): void {
    attachTo.value = agreementId;
    fileInput.value?.click();
  }
  function onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file && attachTo.value) void attach(attachTo.value, file);
    input.value = '';
  }

  return { busy, attach, download, remove, fileInput, choose, onFileChosen };
}
