import { innError, normalizeInn, normalizeWebsite, WEBSITE_MESSAGE } from '@metodset/shared';
import type { CreateOrganizationInput, OrganizationKind, OrganizationQuery, OrganizationStatusKind } from '@/gql/graphql';
import { blankToNull } from '@/common/format';

export interface StatusRow {
  /** Local key for v-for; not sent. */
  key: number;
  kind: OrganizationStatusKind | null;
  year: number | null;
  source: string;
}

export interface OrganizationFormState {
  municipalityId: string | null;
  name: string;
  shortName: string;
  kind: OrganizationKind | null;
  inn: string;
  externalId: string;
  address: string;
  email: string;
  website: string;
  foundedYear: number | null;
  statuses: StatusRow[];
}

type Organization = NonNullable<OrganizationQuery['organization']>;

export const ORGANIZATION_FORM_FIELDS = [
  'municipalityId',
  'name',
  'shortName',
  'kind',
  'inn',
  'externalId',
  'address',
  'email',
  'website',
  'foundedYear',
  'statuses',
] as const;

/** Whether the form shows a message for this input path (others go to the general message). */
export function isOrganizationFormField(field: string): boolean {
  return (ORGANIZATION_FORM_FIELDS as readonly string[]).includes(field) || /^statuses\.\d+\.(kind|year|source)$/.test(field);
}

let nextKey = 1;
export const newStatusRow = (year: number | null = new Date().getFullYear()): StatusRow => ({ key: nextKey++, kind: null, year, source: '' });

export function emptyOrganizationForm(): OrganizationFormState {
  return {
    municipalityId: null,
    name: '',
    shortName: '',
    kind: null,
    inn: '',
    externalId: '',
    address: '',
    email: '',
    website: '',
    foundedYear: null,
    statuses: [],
  };
}

export function organizationFormFrom(o: Organization): OrganizationFormState {
  return {
    municipalityId: o.municipality.id,
    name: o.name,
    shortName: o.shortName ?? '',
    kind: o.kind,
    inn: o.inn ?? '',
    externalId: o.externalId ?? '',
    address: o.address ?? '',
    email: o.email ?? '',
    website: o.website ?? '',
    foundedYear: o.foundedYear ?? null,
    // Statuses derived from staging sites (siteId) are not entered here: they follow from the sites.
    statuses: o.statuses
      .filter((s) => !('siteId' in s && s.siteId))
      .sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind))
      .map((s) => ({ key: nextKey++, kind: s.kind, year: s.year, source: s.source ?? '' })),
  };
}

export interface FormMessages {
  required: string;
  year: (min: number, max: number) => string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API accepts status years up to five years ahead and founding years up to this year. */
export const statusYearMax = () => new Date().getFullYear() + 5;
export const foundedYearMax = () => new Date().getFullYear();

/** Cheap checks before the API sees the form; the API checks everything again. */
export function validateOrganizationForm(form: OrganizationFormState, m: FormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.municipalityId) errors['municipalityId'] = m.required;
  if (!form.name.trim()) errors['name'] = m.required;
  if (!form.kind) errors['kind'] = m.required;
  // Pasted values are normalised first (spaces and dashes in an ИНН, a site without https://), as the API does.
  const inn = normalizeInn(form.inn.trim());
  if (inn) {
    const problem = innError(inn);
    if (problem) errors['inn'] = problem;
  }
  if (form.website.trim() && !normalizeWebsite(form.website).ok) errors['website'] = WEBSITE_MESSAGE;
  if (form.email.trim() && !EMAIL.test(form.email.trim())) errors['email'] = m.email;
  if (form.foundedYear !== null && (form.foundedYear < 1700 || form.foundedYear > foundedYearMax())) {
    errors['foundedYear'] = m.year(1700, foundedYearMax());
  }
  form.statuses.forEach((s, i) => {
    if (!s.kind) errors[`statuses.${i}.kind`] = m.required;
    if (s.year === null) errors[`statuses.${i}.year`] = m.required;
    else if (s.year < 2000 || s.year > statusYearMax()) errors[`statuses.${i}.year`] = m.year(2000, statusYearMax());
  });
  return errors;
}

/** Form → mutation input (call after validation: required values are present). */
export function toOrganizationInput(form: OrganizationFormState): CreateOrganizationInput {
  return {
    municipalityId: form.municipalityId ?? '',
    name: form.name.trim(),
    shortName: blankToNull(form.shortName),
    kind: form.kind ?? 'SCHOOL',
    inn: blankToNull(normalizeInn(form.inn)),
    externalId: blankToNull(form.externalId),
    address: blankToNull(form.address),
    email: blankToNull(form.email),
    website: form.website.trim() ? normalizeWebsite(form.website).value : null,
    foundedYear: form.foundedYear,
    statuses: form.statuses.map((s) => ({ kind: s.kind ?? 'LOW_RESULTS', year: s.year ?? 0, source: blankToNull(s.source) })),
  };
}
