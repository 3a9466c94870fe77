import { MENTOR_CAPACITY_MAX } from '@metodset/shared';
import type { MentorDirection, MentorProfileInput, MentorType } from '@/gql/graphql';
import { fieldChecker } from '@/common/form-fields';
import { splitSubjects } from '@/modules/person/person-form';

/** A person's entry in the mentor base. */
export interface MentorProfileFormState {
  /** Chosen when adding someone to the base; fixed when editing. */
  personId: string | null;
  types: MentorType[];
  directions: MentorDirection[];
  /** Comma-separated, as on the person's form. */
  subjects: string;
  strengths: string;
  capacity: number | null;
  available: boolean;
}

interface ProfileLike {
  personId: string;
  types: readonly MentorType[];
  directions: readonly MentorDirection[];
  subjects: readonly string[];
  strengths: string;
  capacity: number;
  available: boolean;
}

export const isMentorProfileField = fieldChecker(['personId', 'types', 'directions', 'subjects', 'strengths', 'capacity', 'available']);

export const emptyMentorProfileForm = (personId: string | null = null): MentorProfileFormState => ({
  personId,
  types: [],
  directions: [],
  subjects: '',
  strengths: '',
  capacity: 2,
  available: true,
});

export const mentorProfileFormFrom = (p: ProfileLike): MentorProfileFormState => ({
  personId: p.personId,
  types: [...p.types],
  directions: [...p.directions],
  subjects: p.subjects.join(', '),
  strengths: p.strengths,
  capacity: p.capacity,
  available: p.available,
});

export interface MentorProfileMessages {
  required: string;
  capacity: string;
  belowLoad: string;
}

/** `load`: mentees the mentor has now — capacity may not drop below it. */
export function validateMentorProfileForm(form: MentorProfileFormState, load: number, m: MentorProfileMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.personId) errors['personId'] = m.required;
  const c = form.capacity;
  if (c === null) errors['capacity'] = m.required;
  else if (!Number.isInteger(c) || c < 1 || c > MENTOR_CAPACITY_MAX) errors['capacity'] = m.capacity;
  else if (c < load) errors['capacity'] = m.belowLoad;
  return errors;
}

export const toMentorProfileInput = (form: MentorProfileFormState): MentorProfileInput => ({
  types: [...form.types],
  directions: [...form.directions],
  subjects: splitSubjects(form.subjects),
  strengths: form.strengths.trim(),
  capacity: form.capacity ?? 1,
  available: form.available,
});
