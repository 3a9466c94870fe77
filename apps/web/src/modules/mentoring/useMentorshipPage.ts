import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import { useRouteTab } from '@/common/useRouteTab';
import type { MentorshipQuery, MentorshipStatus } from '@/gql/graphql';
import { MentorshipQuery as MentorshipDocument, SetMentorshipStatusMutation, UpdateMentorshipMutation } from './mentoring.graphql';
import { isOpen, transitionButtons, type TransitionButton } from './mentorship-status';
import { detailsFormFrom, isDetailsFormField, toDetailsInput, validateDetailsForm } from './session-form';

export type MentorshipDetails = MentorshipQuery['mentorship'];
export type MentorshipSessionRow = MentorshipDetails['sessions'][number];

/** «План встреч» and «Дневник». */
export const MENTORSHIP_TABS = ['sessions', 'diary'] as const;
export type MentorshipTab = (typeof MENTORSHIP_TABS)[number];

/**
 * The mentorship page: participants, goals and outcome (managers edit them), the status with the
 * legal moves (stopping asks for a reason in a dialog).
 */
export function useMentorshipPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: MentorshipDocument, variables: computed(() => ({ id: toValue(id) })) });
  const mentorship = computed(() => query.data.value?.mentorship ?? null);
  const setStatus = useMutation(SetMentorshipStatusMutation);
  const update = useMutation(UpdateMentorshipMutation);

  // Stopping: a dialog with the reason (the API's «Укажите причину прекращения» shows under it).
  const stopVisible = ref(false);
  const stopForm = useInlineForm({
    empty: () => ({ reason: '' }),
    validate: (form): Record<string, string> => (form.reason.trim() ? {} : { reason: t('mentoring.status.reasonRequired') }),
    isField: (field) => field === 'reason',
    send: async (form) => (await setStatus.executeMutation({ id: toValue(id), input: { status: 'STOPPED', reason: form.reason.trim() } })).error,
  });

  async function move(to: MentorshipStatus): Promise<void> {
    const result = await setStatus.executeMutation({ id: toValue(id), input: { status: to } });
    if (result.error) notices.fail(result.error);
    else notices.done(t('mentoring.status.changed', { status: t(`enums.mentorshipStatus.${to}`) }));
  }

  // Goals, end date and outcome, edited in place.
  const editing = ref(false);
  const details = useInlineForm({
    empty: () => detailsFormFrom(mentorship.value ?? { goals: '', endsOn: null, outcome: '' }),
    validate: (form) => validateDetailsForm(form, mentorship.value?.startsOn ?? '', { endBeforeStart: t('common.endBeforeStart') }),
    isField: isDetailsFormField,
    send: async (form) => (await update.executeMutation({ id: toValue(id), input: toDetailsInput(form) })).error,
  });

  return {
    mentorship,
    ...useRecordStates(query, mentorship),
    tab: useRouteTab(MENTORSHIP_TABS),
    transitions: computed(() => (mentorship.value ? transitionButtons(mentorship.value.status, mentorship.value.canManage) : [])),
    /** Meetings are planned and logged by the mentors and the managers while the mentorship is open. */
    canLog: computed(() => !!mentorship.value?.canLog && isOpen(mentorship.value.status)),
    changing: computed(() => setStatus.fetching.value),
    transition(button: TransitionButton): void {
      if (!button.needsReason) {
        void move(button.to);
        return;
      }
      stopForm.reset();
      stopVisible.value = true;
    },
    stopVisible,
    stopForm,
    async submitStop(): Promise<void> {
      if (!(await stopForm.submit())) return;
      stopVisible.value = false;
      notices.done(t('mentoring.status.changed', { status: t('enums.mentorshipStatus.STOPPED') }));
    },
    editing,
    details,
    startEditing(): void {
      if (mentorship.value) details.reset(detailsFormFrom(mentorship.value));
      editing.value = true;
    },
    async saveDetails(): Promise<void> {
      if (!(await details.submit())) return;
      editing.value = false;
      notices.done(t('common.saved'));
    },
  };
}
