import { useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { AddAssociationMeetingMutation, UpdateAssociationMeetingMutation } from './association.graphql';
import { attendeeOptions, emptyMeetingForm, isMeetingFormField, meetingFormFrom, toMeetingInput, validateMeetingForm } from './meeting-form';
import type { AssociationDetails, AssociationMeetingRow } from './useAssociationPage';

/** Add or correct a meeting's minutes in a dialog; attendees are picked from the members. */
export function useMeetingForm(association: MaybeRefOrGetter<AssociationDetails>) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddAssociationMeetingMutation);
  const update = useMutation(UpdateAssociationMeetingMutation);
  const visible = ref(false);
  const editing = ref<AssociationMeetingRow | null>(null);
  const memberIds = () => toValue(association).members.map((m) => m.personId);

  const f = useInlineForm({
    empty: () => emptyMeetingForm(memberIds()),
    validate: (form) => validateMeetingForm(form, { required: t('common.required') }),
    isField: isMeetingFormField,
    send: async (form) => {
      const input = toMeetingInput(form);
      const result = editing.value
        ? await update.executeMutation({ meetingId: editing.value.id, input })
        : await add.executeMutation({ associationId: toValue(association).id, input });
      return result.error;
    },
  });

  return {
    form: f.form,
    fields: f.fields,
    general: f.general,
    sending: f.sending,
    visible,
    editing,
    attendeeOptions: computed(() => attendeeOptions(toValue(association).members, editing.value?.attendees)),
    open(meeting: AssociationMeetingRow | null = null): void {
      editing.value = meeting;
      f.reset(meeting ? meetingFormFrom(meeting) : emptyMeetingForm(memberIds()));
      visible.value = true;
    },
    close: () => (visible.value = false),
    async submit(): Promise<void> {
      const wasEditing = !!editing.value;
      if (!(await f.submit())) return;
      visible.value = false;
      notices.done(t(wasEditing ? 'association.meeting.saved' : 'association.meeting.added'));
    },
  };
}
