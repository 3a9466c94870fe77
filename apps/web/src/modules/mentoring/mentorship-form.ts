import type { CreateMentorshipInput, MentoringForm, MentoringModel } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { fieldChecker, today } from '@/common/form-fields';

/** «Сформировать»: a pair, triad or group of a programme. */
export interface MentorshipFormState {
  form: MentoringForm | null;
  mentorIds: string[];
  menteeIds: string[];
  goals: string;
  startsOn: string;
  endsOn: string;
  /** «Школа – школе»: the supporting and the supported school. */
  mentorOrganizationId: string | null;
  menteeOrganizationId: string | null;
}

export const isMentorshipFormField = fieldChecker([
  'form',
  'mentorIds',
  'menteeIds',
  'goals',
  'startsOn',
  'endsOn',
  'mentorOrganizationId',
  'menteeOrganizationId',
]);

/** Only the «Школа – школе» model pairs schools as well as people. */
export const pairsSchools = (model: MentoringModel | null | undefined): boolean => model === 'SCHOOL_TO_SCHOOL';

/** A new mentorship starts today in the programme's first form. */
export const emptyMentorshipForm = (forms: readonly MentoringForm[] = []): MentorshipFormState => ({
  form: forms[0] ?? null,
  mentorIds: [],
  menteeIds: [],
  goals: '',
  startsOn: today(),
  endsOn: '',
  mentorOrganizationId: null,
  menteeOrganizationId: null,
});

export interface MentorshipFormMessages {
  required: string;
  mentorsMin: string;
  menteesMin: string;
  bothSides: string;
  endBeforeStart: string;
  sameSchool: string;
}

export function validateMentorshipForm(form: MentorshipFormState, schools: boolean, m: MentorshipFormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.form) errors['form'] = m.required;
  if (!form.mentorIds.length) errors['mentorIds'] = m.mentorsMin;
  if (!form.menteeIds.length) errors['menteeIds'] = m.menteesMin;
  else if (form.menteeIds.some((id) => form.mentorIds.includes(id))) errors['menteeIds'] = m.bothSides;
  if (!form.startsOn) errors['startsOn'] = m.required;
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.endBeforeStart;
  if (schools) {
    if (!form.mentorOrganizationId) errors['mentorOrganizationId'] = m.required;
    if (!form.menteeOrganizationId) errors['menteeOrganizationId'] = m.required;
    else if (form.menteeOrganizationId === form.mentorOrganizationId) errors['menteeOrganizationId'] = m.sameSchool;
  }
  return errors;
}

/** Form → input (after validation); schools only in the «Школа – школе» model. */
export function toMentorshipInput(form: MentorshipFormState, schools: boolean): CreateMentorshipInput {
  return {
    form: form.form ?? 'TRADITIONAL',
    mentorIds: [...new Set(form.mentorIds)],
    menteeIds: [...new Set(form.menteeIds)],
    goals: form.goals.trim(),
    startsOn: form.startsOn,
    endsOn: blankToNull(form.endsOn),
    mentorOrganizationId: schools ? form.mentorOrganizationId : null,
    menteeOrganizationId: schools ? form.menteeOrganizationId : null,
  };
}
