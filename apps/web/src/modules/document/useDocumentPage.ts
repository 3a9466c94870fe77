import { useClientHandle, useMutation, useQuery, type CombinedError } from '@urql/vue';
import { DOCUMENT_FILE_MAX_BYTES, DOCUMENT_FILE_TYPES } from '@metodset/shared';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import {
  ArchiveDocumentMutation,
  ArchiveDocumentTaskMutation,
  AttachDocumentFileMutation,
  CreateDocumentTaskMutation,
  DocumentFileQuery,
  DocumentPageQuery,
  RemoveDocumentFileMutation,
  RestoreDocumentMutation,
  SetDocumentTaskStatusMutation,
  UpdateDocumentTaskMutation,
} from './document.graphql';
import { documentTaskFormFrom, emptyDocumentTaskForm, isDocumentTaskField, toDocumentTaskInput, validateDocumentTaskForm, type DocumentTaskRow } from './document-task-form';

export const DOCUMENT_FILE_MAX_MB = DOCUMENT_FILE_MAX_BYTES / 1024 / 1024;
export const DOCUMENT_FILE_ACCEPT = Object.keys(DOCUMENT_FILE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

/** Why a chosen file may not be attached (checked again by the API, by content too); null when it may. */
export function documentFileProblem(file: { name: string; size: number }): 'wrongType' | 'tooLarge' | 'emptyFile' | null {
  const ext = file.name.includes('.') ? (file.name.toLowerCase().split('.').pop() ?? '') : '';
  if (!(ext in DOCUMENT_FILE_TYPES)) return 'wrongType';
  if (file.size === 0) return 'emptyFile';
  if (file.size > DOCUMENT_FILE_MAX_BYTES) return 'tooLarge';
  return null;
}

/** A document's page: the document with its tasks, its file, and the changes the page makes. */
export function useDocumentPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const handle = useClientHandle();
  const query = useQuery({ query: DocumentPageQuery, variables: computed(() => ({ id: toValue(id) })) });
  const doc = computed(() => query.data.value?.document ?? null);
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });
  const busy = ref<string | null>(null);
  const run = async (key: string, work: () => Promise<{ error?: CombinedError }>, done: string, again = false) => {
    busy.value = key;
    try {
      const r = await work();
      if (r.error) return notices.fail(r.error);
      notices.done(done);
      if (again) refetch();
    } finally {
      busy.value = null;
    }
  };

  const actions = useArchiveActions(ArchiveDocumentMutation, RestoreDocumentMutation);
  const texts = () => ({
    confirmHeader: t('document.page.archiveHeader'),
    confirmMessage: t('document.page.archiveMessage', { title: doc.value?.title ?? '' }),
    archived: t('document.page.archivedDone'),
    restored: t('document.page.restored'),
  });
  const attachM = useMutation(AttachDocumentFileMutation);
  const removeFileM = useMutation(RemoveDocumentFileMutation);
  const statusM = useMutation(SetDocumentTaskStatusMutation);
  const archiveTaskM = useMutation(ArchiveDocumentTaskMutation);
  const createTaskM = useMutation(CreateDocumentTaskMutation);
  const updateTaskM = useMutation(UpdateDocumentTaskMutation);

  const taskVisible = ref(false);
  const editingTask = ref<DocumentTaskRow | null>(null);
  const taskForm = useInlineForm({
    empty: emptyDocumentTaskForm,
    validate: (form) => validateDocumentTaskForm(form, { required: t('common.required') }),
    isField: isDocumentTaskField,
    send: async (form) => {
      const input = toDocumentTaskInput(form);
      const r = editingTask.value ? await updateTaskM.executeMutation({ taskId: editingTask.value.id, input }) : await createTaskM.executeMutation({ documentId: toValue(id), input });
      return r.error;
    },
  });

  const fileInput = ref<HTMLInputElement | null>(null);
  async function attach(file: File): Promise<void> {
    const problem = documentFileProblem(file);
    if (problem) return notices.problem(t(`document.page.${problem}`, { max: DOCUMENT_FILE_MAX_MB }));
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(file);
    } catch {
      return notices.problem(t('document.page.readFailed'));
    }
    await run('file', () => attachM.executeMutation({ documentId: toValue(id), input: { fileName: file.name, contentBase64 } }), t('document.page.fileAttached'));
  }

  return {
    doc,
    ...useRecordStates(query, doc),
    busy,
    /** Archive with a confirmation and an undo toast; restore. */
    archive: () => actions.archive(toValue(id), texts()),
    restore: () => actions.restore(toValue(id), texts()),
    archiveBusy: computed(() => actions.busy()),
    file: {
      input: fileInput,
      choose: () => fileInput.value?.click(),
      onChosen(event: Event): void {
        const input = event.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void attach(file);
        input.value = '';
      },
      attach,
      async download(): Promise<void> {
        busy.value = 'download';
        try {
          const r = await handle.client.query(DocumentFileQuery, { documentId: toValue(id) }, { requestPolicy: 'network-only' }).toPromise();
          const f = r.data?.documentFile;
          if (f) saveBase64File(f.fileName, f.contentBase64, f.fileType);
          else notices.fail(r.error);
        } finally {
          busy.value = null;
        }
      },
      remove: () => run('file', () => removeFileM.executeMutation({ documentId: toValue(id) }), t('document.page.fileRemoved')),
    },
    /** Done today (the API stamps the day) or planned again. */
    setDone: (task: DocumentTaskRow, done: boolean) =>
      run(`task:${task.id}`, () => statusM.executeMutation({ taskId: task.id, input: { status: done ? 'DONE' : 'PLANNED' } }), t(done ? 'document.task.done' : 'document.task.reopened')),
    archiveTask: (task: DocumentTaskRow) => run(`task:${task.id}`, () => archiveTaskM.executeMutation({ taskId: task.id }), t('document.task.archived'), true),
    task: {
      form: taskForm.form,
      fields: taskForm.fields,
      general: taskForm.general,
      sending: taskForm.sending,
      visible: taskVisible,
      editing: editingTask,
      open(row: DocumentTaskRow | null = null): void {
        editingTask.value = row;
        taskForm.reset(row ? documentTaskFormFrom(row) : emptyDocumentTaskForm());
        taskVisible.value = true;
      },
      close: () => (taskVisible.value = false),
      async submit(): Promise<void> {
        const wasEditing = !!editingTask.value;
        if (!(await taskForm.submit())) return;
        taskVisible.value = false;
        notices.done(t(wasEditing ? 'document.task.saved' : 'document.task.added'));
        refetch();
      },
    },
  };
}
