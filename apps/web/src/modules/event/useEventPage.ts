import { useClientHandle, useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import type { EventMaterialKind, EventQuery } from '@/gql/graphql';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import {
  AddEventMaterialMutation,
  ArchiveEventMutation,
  CancelEventRegistrationMutation,
  EventMaterialFileQuery,
  EventQuery as EventDocument,
  LeaveEventFeedbackMutation,
  MarkEventAttendanceMutation,
  RemoveEventMaterialMutation,
  RegisterForEventMutation,
  RestoreEventMutation,
} from './event.graphql';

export type EventDetails = EventQuery['event'];

/** The event page: the record, registration, attendance, feedback and materials; archive with undo. */
export function useEventPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const handle = useClientHandle();
  const query = useQuery({
    query: EventDocument,
    variables: computed(() => ({ id: toValue(id) })),
    context: { additionalTypenames: ['EventRegistration', 'EventAttendance', 'EventFeedback', 'EventMaterial'] },
  });
  const event = computed(() => query.data.value?.event ?? null);
  const actions = useArchiveActions(ArchiveEventMutation, RestoreEventMutation);
  const register = useMutation(RegisterForEventMutation);
  const cancel = useMutation(CancelEventRegistrationMutation);
  const mark = useMutation(MarkEventAttendanceMutation);
  const feedback = useMutation(LeaveEventFeedbackMutation);
  const addMaterial = useMutation(AddEventMaterialMutation);
  const removeMaterial = useMutation(RemoveEventMaterialMutation);
  const busy = ref(false);
  const texts = () => ({
    confirmHeader: t('event.page.archiveHeader'),
    confirmMessage: t('event.page.archiveMessage', { name: event.value?.title ?? '' }),
    archived: t('event.page.archivedToast'),
    restored: t('event.page.restoredToast'),
  });
  const run = async <R extends { error?: unknown }>(work: () => Promise<R>, done: string): Promise<R> => {
    busy.value = true;
    try {
      const r = await work();
      if (r.error) notices.fail(r.error as Parameters<typeof notices.fail>[0]);
      else notices.done(done);
      return r;
    } finally {
      busy.value = false;
    }
  };
  const eventId = () => toValue(id);

  return {
    event,
    ...useRecordStates(query, event),
    busy,
    archiving: computed(() => actions.busy()),
    archive: () => actions.archive(eventId(), texts()),
    restore: () => actions.restore(eventId(), texts()),
    register: () => run(() => register.executeMutation({ eventId: eventId() }), t('event.page.registeredToast')),
    cancel: () => run(() => cancel.executeMutation({ eventId: eventId() }), t('event.page.cancelledToast')),
    mark: (occurrenceDate: string, personId: string, attended: boolean) =>
      run(() => mark.executeMutation({ eventId: eventId(), input: { occurrenceDate, personIds: [personId], attended } }), t('event.page.markedToast')),
    sendFeedback: (rating: number, comment: string) => run(() => feedback.executeMutation({ eventId: eventId(), input: { rating, comment } }), t('event.page.feedbackToast')),
    async addMaterial(input: { kind: EventMaterialKind; title: string; url: string | null; file: File | null }) {
      const content = input.file ? { fileName: input.file.name, contentBase64: await fileToBase64(input.file) } : { url: input.url };
      return run(() => addMaterial.executeMutation({ eventId: eventId(), input: { kind: input.kind, title: input.title, ...content } }), t('event.page.addMaterial'));
    },
    removeMaterial: (materialId: string) => run(() => removeMaterial.executeMutation({ materialId }), t('event.page.remove')),
    async download(materialId: string): Promise<void> {
      const result = await handle.client.query(EventMaterialFileQuery, { materialId }, { requestPolicy: 'network-only' }).toPromise();
      const file = result.data?.eventMaterialFile;
      if (file) saveBase64File(file.fileName, file.contentBase64, file.fileType);
      else notices.fail(result.error);
    },
  };
}

export type EventPageApi = ReturnType<typeof useEventPage>;
