import type { CreatePersonInput, PersonQuery, PositionKind, QualificationCategory } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import type { FormMessages } from '@/modules/organization/organization-form';

export interface PositionRow {
  key: number;
  organizationId: string | null;
  /** Shown in the picker before the user searches. */
  organizationLabel: string | null;
  kind: PositionKind | null;
  title: string;
  isMain: boolean;
  /** Employment history: `YYYY-MM-DD` or '' (not known / holds it now). */
  startedOn: string;
  endedOn: string;
}

/** A qualification category with its dates (the category history). */
export interface QualificationRow {
  key: number;
  category: QualificationCategory | null;
  assignedOn: string;
  orderRef: string;
  validUntil: string;
}

export interface PersonFormState {
  lastName: string;
  firstName: string;
  middleName: string;
  externalId: string;
  birthDate: string;
  email: string;
  phone: string;
  /** Comma-separated in the form, a list in the API. */
  subjects: string;
  experienceYears: number | null;
  qualificationCategory: QualificationCategory;
  isMasterTeacher: boolean;
  positions: PositionRow[];
  qualificationHistory: QualificationRow[];
}

type Person = NonNullable<PersonQuery['person']>;

export const PERSON_FORM_FIELDS = [
  'lastName',
  'firstName',
  'middleName',
  'externalId',
  'birthDate',
  'email',
  'phone',
  'subjects',
  'experienceYears',
  'qualificationCategory',
  'isMasterTeacher',
  'positions',
  'qualificationHistory',
] as const;

export function isPersonFormField(field: string): boolean {
  return (
    (PERSON_FORM_FIELDS as readonly string[]).includes(field) ||
    /^subjects\.\d+$/.test(field) ||
    /^positions\.\d+\.(organizationId|kind|title|isMain|startedOn|endedOn)$/.test(field) ||
    /^qualificationHistory\.\d+\.(category|assignedOn|orderRef|validUntil)$/.test(field)
  );
}

/** `subjects.2` is shown under the subjects box. */
export function personFieldOf(field: string): string {
  return /^subjects\.\d+$/.test(field) ? 'subjects' : field;
}

let nextKey = 1;
export const newPositionRow = (isMain = false): PositionRow => ({
  key: nextKey++,
  organizationId: null,
  organizationLabel: null,
  kind: null,
  title: '',
  isMain,
  startedOn: '',
  endedOn: '',
});

export const newQualificationRow = (): QualificationRow => ({ key: nextKey++, category: null, assignedOn: '', orderRef: '', validUntil: '' });

export function emptyPersonForm(): PersonFormState {
  return {
    lastName: '',
    firstName: '',
    middleName: '',
    externalId: '',
    birthDate: '',
    email: '',
    phone: '',
    subjects: '',
    experienceYears: null,
    qualificationCategory: 'NONE',
    isMasterTeacher: false,
    positions: [],
    qualificationHistory: [],
  };
}

/** `hiddenOrganization` labels positions at organisations outside the user's scope (the API sends no organisation). */
export function personFormFrom(p: Person, hiddenOrganization: string): PersonFormState {
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName ?? '',
    externalId: p.externalId ?? '',
    birthDate: p.birthDate ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    subjects: p.subjects.join(', '),
    experienceYears: p.experienceYears ?? null,
    qualificationCategory: p.qualificationCategory,
    isMasterTeacher: p.isMasterTeacher,
    positions: p.positions.map((pos) => ({
      key: nextKey++,
      organizationId: pos.organizationId,
      organizationLabel: pos.organization ? pos.organization.shortName || pos.organization.name : hiddenOrganization,
      kind: pos.kind,
      title: pos.title ?? '',
      isMain: pos.isMain,
      startedOn: pos.startedOn ?? '',
      endedOn: pos.endedOn ?? '',
    })),
    qualificationHistory: p.qualificationHistory.map((q) => ({
      key: nextKey++,
      category: q.category,
      assignedOn: q.assignedOn,
      orderRef: q.orderRef ?? '',
      validUntil: q.validUntil ?? '',
    })),
  };
}

export function splitSubjects(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validatePersonForm(form: PersonFormState, m: FormMessages & { experience: string; dateOrder: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.lastName.trim()) errors['lastName'] = m.required;
  if (!form.firstName.trim()) errors['firstName'] = m.required;
  if (form.email.trim() && !EMAIL.test(form.email.trim())) errors['email'] = m.email;
  if (form.experienceYears !== null && (form.experienceYears < 0 || form.experienceYears > 70)) errors['experienceYears'] = m.experience;
  form.positions.forEach((p, i) => {
    if (!p.organizationId) errors[`positions.${i}.organizationId`] = m.required;
    if (!p.kind) errors[`positions.${i}.kind`] = m.required;
    if (p.startedOn && p.endedOn && p.endedOn < p.startedOn) errors[`positions.${i}.endedOn`] = m.dateOrder;
  });
  form.qualificationHistory.forEach((q, i) => {
    if (!q.category) errors[`qualificationHistory.${i}.category`] = m.required;
    if (!q.assignedOn) errors[`qualificationHistory.${i}.assignedOn`] = m.required;
    if (q.assignedOn && q.validUntil && q.validUntil <= q.assignedOn) errors[`qualificationHistory.${i}.validUntil`] = m.dateOrder;
  });
  return errors;
}

export function toPersonInput(form: PersonFormState): CreatePersonInput {
  return {
    lastName: form.lastName.trim(),
    firstName: form.firstName.trim(),
    middleName: blankToNull(form.middleName),
    externalId: blankToNull(form.externalId),
    birthDate: blankToNull(form.birthDate),
    email: blankToNull(form.email),
    phone: blankToNull(form.phone),
    subjects: splitSubjects(form.subjects),
    experienceYears: form.experienceYears,
    qualificationCategory: form.qualificationCategory,
    isMasterTeacher: form.isMasterTeacher,
    positions: form.positions.map((p) => ({
      organizationId: p.organizationId ?? '',
      kind: p.kind ?? 'OTHER',
      title: blankToNull(p.title),
      isMain: p.isMain,
      startedOn: blankToNull(p.startedOn),
      endedOn: blankToNull(p.endedOn),
    })),
    qualificationHistory: form.qualificationHistory.map((q) => ({
      category: q.category ?? 'FIRST',
      assignedOn: q.assignedOn,
      orderRef: blankToNull(q.orderRef),
      validUntil: blankToNull(q.validUntil),
    })),
  };
}
