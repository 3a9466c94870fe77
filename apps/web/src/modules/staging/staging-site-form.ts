import type { CreateStagingSiteInput, StagingSiteInput, StagingSiteKind, StagingSiteLevel, StagingSiteQuery } from '@/gql/graphql';
import { fieldChecker } from '@/common/form-fields';
import type { PersonOption } from '@/modules/person/person-options';

/** The site form: what the site is, its people and competences; the host only on create. */
export interface StagingSiteForm {
  organizationId: string | null;
  kind: StagingSiteKind | null;
  level: StagingSiteLevel | null;
  theme: string;
  description: string;
  startsOn: string;
  endsOn: string;
  orderNumber: string;
  orderDate: string;
  headPersonId: string | null;
  masterIds: string[];
  competenceIds: string[];
}

type Loaded = NonNullable<StagingSiteQuery['stagingSite']>;

export const STAGING_SITE_FORM_FIELDS = [
  'organizationId',
  'kind',
  'level',
  'theme',
  'description',
  'startsOn',
  'endsOn',
  'orderNumber',
  'orderDate',
  'headPersonId',
  'masterIds',
  'competenceIds',
] as const;
export const isStagingSiteFormField = fieldChecker(STAGING_SITE_FORM_FIELDS);

export const emptyStagingSiteForm = (): StagingSiteForm => ({
  organizationId: null,
  kind: 'STAGING_SITE',
  level: 'MUNICIPAL',
  theme: '',
  description: '',
  startsOn: '',
  endsOn: '',
  orderNumber: '',
  orderDate: '',
  headPersonId: null,
  masterIds: [],
  competenceIds: [],
});

export function stagingSiteFormFrom(s: Loaded): StagingSiteForm {
  return {
    organizationId: s.organizationId,
    kind: s.kind,
    level: s.level,
    theme: s.theme,
    description: s.description,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    orderNumber: s.orderNumber ?? '',
    orderDate: s.orderDate ?? '',
    headPersonId: s.head?.personId ?? null,
    masterIds: s.masters.map((m) => m.personId),
    competenceIds: s.competences.map((c) => c.id),
  };
}

/** The people of a loaded site, so the pickers show their names before any search. */
export function knownPeople(s: Loaded | null | undefined): PersonOption[] {
  if (!s) return [];
  const people = [...(s.head ? [s.head] : []), ...s.masters];
  return people.map((p) => ({ value: p.personId, label: p.person.fullName, place: p.person.organizationName ?? null }));
}

export function validateStagingSiteForm(f: StagingSiteForm, isEdit: boolean, m: { required: string; endBeforeStart: string }): Record<string, string> {
  const e: Record<string, string> = {};
  if (!isEdit && !f.organizationId) e['organizationId'] = m.required;
  if (!f.kind) e['kind'] = m.required;
  if (!f.level) e['level'] = m.required;
  if (!f.theme.trim()) e['theme'] = m.required;
  if (!f.startsOn) e['startsOn'] = m.required;
  if (!f.endsOn) e['endsOn'] = m.required;
  else if (f.startsOn && f.endsOn < f.startsOn) e['endsOn'] = m.endBeforeStart;
  return e;
}

export function toStagingSiteInput(f: StagingSiteForm): StagingSiteInput {
  return {
    kind: f.kind ?? 'STAGING_SITE',
    level: f.level ?? 'MUNICIPAL',
    theme: f.theme.trim(),
    description: f.description,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    orderNumber: f.orderNumber.trim() || null,
    orderDate: f.orderDate.trim() || null,
    headPersonId: f.headPersonId,
    masterIds: f.masterIds,
    competenceIds: f.competenceIds,
  };
}

export const toCreateStagingSiteInput = (f: StagingSiteForm): CreateStagingSiteInput => ({ ...toStagingSiteInput(f), organizationId: f.organizationId ?? '' });
