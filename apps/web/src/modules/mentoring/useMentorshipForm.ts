import { useMutation } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { CreateMentorshipMutation } from './mentoring.graphql';
import { shortOfPlaces } from './mentor-load';
import { emptyMentorshipForm, isMentorshipFormField, pairsSchools, toMentorshipInput, validateMentorshipForm } from './mentorship-form';
import { useMentorOptions } from './useMentorOptions';
import type { ProgramDetails } from './useProgramPage';

/**
 * «Сформировать»: mentors from the mentor base (with their load), mentees from the people of the
 * scope, and for «Школа – школе» the two schools. The API enforces the mentors' capacity across
 * programmes; its refusal shows under «Наставники».
 */
export function useMentorshipForm(program: MaybeRefOrGetter<ProgramDetails>, onCreated: (id: string) => void) {
  const { t } = useI18n();
  const notices = useNotices();
  const create = useMutation(CreateMentorshipMutation);
  const mentors = useMentorOptions(() => toValue(program).networkId ?? null);
  const schools = computed(() => pairsSchools(toValue(program).model));
  let createdId: string | null = null;

  const f = useInlineForm({
    empty: () => emptyMentorshipForm(toValue(program).forms),
    validate: (form) =>
      validateMentorshipForm(form, schools.value, {
        required: t('common.required'),
        mentorsMin: t('mentoring.form.mentorsMin'),
        menteesMin: t('mentoring.form.menteesMin'),
        bothSides: t('mentoring.form.bothSides'),
        endBeforeStart: t('common.endBeforeStart'),
        sameSchool: t('mentoring.form.sameSchool'),
      }),
    isField: isMentorshipFormField,
    // The capacity rule judges mentors and mentees together: any change drops the API's old messages.
    linkedFields: true,
    send: async (form) => {
      const result = await create.executeMutation({ programId: toValue(program).id, input: toMentorshipInput(form, schools.value) });
      createdId = result.data?.createMentorship.id ?? null;
      return result.error;
    },
  });

  return {
    ...f,
    mentors,
    schools,
    /** Forms the programme offers (all, if it names none). */
    formValues: computed(() => toValue(program).forms),
    /** Chosen mentors with fewer free places than the chosen mentees. */
    shortOfPlaces: computed(() => shortOfPlaces(mentors.chosen(f.form.mentorIds), f.form.menteeIds.length)),
    async submit(): Promise<void> {
      if (!(await f.submit())) return;
      notices.done(t('mentoring.form.created'));
      if (createdId) onCreated(createdId);
    },
  };
}
