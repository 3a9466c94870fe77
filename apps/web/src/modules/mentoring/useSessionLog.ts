import { useMutation } from '@urql/vue';
import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { PlanMentorshipSessionMutation, RecordMentorshipSessionMutation } from './mentoring.graphql';
import {
  emptyPlanForm,
  emptyRecordForm,
  isPlanFormField,
  isRecordFormField,
  toPlanInput,
  toRecordInput,
  validatePlanForm,
  validateRecordForm,
  type SessionFormMessages,
} from './session-form';
import type { MentorshipDetails, MentorshipSessionRow } from './useMentorshipPage';

/** The plan of meetings: plan one (inline form), record that one took place (dialog). */
export function useSessionLog(mentorship: MaybeRefOrGetter<MentorshipDetails>) {
  const { t } = useI18n();
  const notices = useNotices();
  const plan = useMutation(PlanMentorshipSessionMutation);
  const record = useMutation(RecordMentorshipSessionMutation);
  const startsOn = () => toValue(mentorship).startsOn;
  const messages = (): SessionFormMessages => ({
    required: t('common.required'),
    beforeStart: t('mentoring.session.beforeStart'),
    inFuture: t('mentoring.session.inFuture'),
    duration: t('mentoring.session.duration'),
  });

  const planForm = useInlineForm({
    empty: () => emptyPlanForm(startsOn()),
    validate: (form) => validatePlanForm(form, startsOn(), messages()),
    isField: isPlanFormField,
    send: async (form) => (await plan.executeMutation({ mentorshipId: toValue(mentorship).id, input: toPlanInput(form) })).error,
  });

  const recording = ref<MentorshipSessionRow | null>(null);
  const recordVisible = ref(false);
  const recordForm = useInlineForm({
    empty: () => emptyRecordForm(recording.value?.plannedOn),
    validate: (form) => validateRecordForm(form, startsOn(), messages()),
    isField: isRecordFormField,
    send: async (form) => (await record.executeMutation({ sessionId: recording.value?.id ?? '', input: toRecordInput(form) })).error,
  });

  return {
    planForm,
    async submitPlan(): Promise<void> {
      if (await planForm.submit()) notices.done(t('mentoring.session.planned'));
    },
    recording,
    recordVisible,
    recordForm,
    openRecord(session: MentorshipSessionRow): void {
      recording.value = session;
      recordForm.reset(emptyRecordForm(session.plannedOn));
      recordVisible.value = true;
    },
    async submitRecord(): Promise<void> {
      if (!(await recordForm.submit())) return;
      recordVisible.value = false;
      notices.done(t('mentoring.session.recorded'));
    },
  };
}
