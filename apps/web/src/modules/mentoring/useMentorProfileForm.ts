import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { MENTOR_CAPACITY_MAX } from '@metodset/shared';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { SaveMentorProfileMutation } from './mentoring.graphql';
import { emptyMentorProfileForm, isMentorProfileField, mentorProfileFormFrom, toMentorProfileInput, validateMentorProfileForm } from './mentor-profile-form';
import type { MentorProfileRow } from './useMentorBase';

/** Whose profile the dialog edits: a person with their profile (null: not in the base yet). */
export interface ProfileTarget {
  personId: string;
  fullName: string;
  profile: Pick<MentorProfileRow, 'personId' | 'types' | 'directions' | 'subjects' | 'strengths' | 'capacity' | 'available' | 'load'> | null;
}

/** «Профиль наставника» in a dialog: open it for a person (or to add someone, picked in the dialog). */
export function useMentorProfileForm() {
  const { t } = useI18n();
  const notices = useNotices();
  const save = useMutation(SaveMentorProfileMutation);
  const visible = ref(false);
  /** Null: adding someone to the base (the dialog shows a person picker). */
  const target = ref<ProfileTarget | null>(null);

  const f = useInlineForm({
    empty: () => emptyMentorProfileForm(),
    validate: (form) =>
      validateMentorProfileForm(form, target.value?.profile?.load ?? 0, {
        required: t('common.required'),
        capacity: t('mentoring.profile.capacityRange', { max: MENTOR_CAPACITY_MAX }),
        belowLoad: t('mentoring.profile.belowLoad', { n: target.value?.profile?.load ?? 0 }),
      }),
    isField: isMentorProfileField,
    send: async (form) => (await save.executeMutation({ personId: form.personId ?? '', input: toMentorProfileInput(form) })).error,
  });

  return {
    ...f,
    visible,
    target,
    open(to: ProfileTarget | null = null): void {
      target.value = to;
      f.reset(to?.profile ? mentorProfileFormFrom(to.profile) : emptyMentorProfileForm(to?.personId ?? null));
      visible.value = true;
    },
    close: () => (visible.value = false),
    async submit(): Promise<void> {
      if (!(await f.submit())) return;
      visible.value = false;
      notices.done(t('mentoring.profile.saved'));
    },
  };
}
