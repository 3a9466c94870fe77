import { YOUNG_TEACHER_MAX_YEARS } from '@metodset/shared';
import type { CampaignMode, CampaignScopeKind, CombineRule, CreateCampaignInput, DiagnosticCampaignFieldsFragment, UpdateCampaignInput } from '@/gql/graphql';
import { fieldChecker, today } from '@/common/form-fields';

export interface CampaignFormState {
  name: string;
  description: string;
  instrumentId: string | null;
  mode: CampaignMode | null;
  combineRule: CombineRule | null;
  selfWeight: number;
  scopeKind: CampaignScopeKind;
  networkId: string | null;
  municipalityId: string | null;
  organizations: { id: string; name: string }[];
  /** '' — any experience. */
  maxExperienceYears: string;
  /** Comma-separated. */
  subjects: string;
  opensOn: string;
  closesOn: string;
  /** Set-up fields are fixed once the campaign is open (not sent then). */
  setupFixed: boolean;
}

export const isCampaignFormField = fieldChecker([
  'name',
  'description',
  'instrumentId',
  'mode',
  'combineRule',
  'selfWeight',
  'scopeKind',
  'networkId',
  'municipalityId',
  'organizationIds',
  'maxExperienceYears',
  'subjects',
  'opensOn',
  'closesOn',
]);

export function emptyCampaignForm(): CampaignFormState {
  return {
    name: '',
    description: '',
    instrumentId: null,
    mode: 'SELF',
    combineRule: null,
    selfWeight: 50,
    scopeKind: 'ORGANIZATIONS',
    networkId: null,
    municipalityId: null,
    organizations: [],
    maxExperienceYears: '',
    subjects: '',
    opensOn: today(),
    closesOn: '',
    setupFixed: false,
  };
}

/** «Молодые педагоги»: the audience filter in one click. */
export const YOUNG_YEARS = String(YOUNG_TEACHER_MAX_YEARS);

export function campaignFormFrom(c: DiagnosticCampaignFieldsFragment): CampaignFormState {
  return {
    name: c.name,
    description: c.description,
    instrumentId: c.instrumentId,
    mode: c.mode,
    combineRule: c.combineRule ?? null,
    selfWeight: c.selfWeight,
    scopeKind: c.scopeKind,
    networkId: c.networkId ?? null,
    municipalityId: c.municipalityId ?? null,
    organizations: c.organizations.map((o) => ({ id: o.id, name: o.name })),
    maxExperienceYears: c.maxExperienceYears == null ? '' : String(c.maxExperienceYears),
    subjects: c.subjects.join(', '),
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    setupFixed: c.status !== 'DRAFT',
  };
}

export interface CampaignFormMessages {
  required: string;
  endBeforeStart: string;
  organizationsMin: string;
  years: string;
  weight: string;
}

const splitSubjects = (s: string) => [...new Set(s.split(/[,;]/).map((x) => x.trim()).filter(Boolean))];

export function validateCampaignForm(f: CampaignFormState, m: CampaignFormMessages): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.name.trim()) e['name'] = m.required;
  if (!f.closesOn) e['closesOn'] = m.required;
  if (!f.opensOn) e['opensOn'] = m.required;
  if (f.opensOn && f.closesOn && f.closesOn < f.opensOn) e['closesOn'] = m.endBeforeStart;
  if (f.setupFixed) return e;
  if (!f.instrumentId) e['instrumentId'] = m.required;
  if (!f.mode) e['mode'] = m.required;
  if (f.mode === 'COMBINED' && !f.combineRule) e['combineRule'] = m.required;
  if (f.mode === 'COMBINED' && f.combineRule === 'WEIGHTED' && !(Number.isInteger(f.selfWeight) && f.selfWeight >= 0 && f.selfWeight <= 100)) e['selfWeight'] = m.weight;
  if (f.scopeKind === 'NETWORK' && !f.networkId) e['networkId'] = m.required;
  if (f.scopeKind === 'MUNICIPALITY' && !f.municipalityId) e['municipalityId'] = m.required;
  if (f.scopeKind === 'ORGANIZATIONS' && !f.organizations.length) e['organizationIds'] = m.organizationsMin;
  if (f.maxExperienceYears.trim() && !(/^\d{1,2}$/.test(f.maxExperienceYears.trim()) && Number(f.maxExperienceYears) <= 70)) e['maxExperienceYears'] = m.years;
  return e;
}

export function toCreateCampaignInput(f: CampaignFormState): CreateCampaignInput {
  const combined = f.mode === 'COMBINED';
  return {
    name: f.name.trim(),
    description: f.description,
    instrumentId: f.instrumentId ?? '',
    mode: f.mode ?? 'SELF',
    combineRule: combined ? f.combineRule : null,
    selfWeight: combined && f.combineRule === 'WEIGHTED' ? f.selfWeight : 50,
    scopeKind: f.scopeKind,
    networkId: f.scopeKind === 'NETWORK' ? f.networkId : null,
    municipalityId: f.scopeKind === 'MUNICIPALITY' ? f.municipalityId : null,
    organizationIds: f.scopeKind === 'ORGANIZATIONS' ? f.organizations.map((o) => o.id) : [],
    maxExperienceYears: f.maxExperienceYears.trim() ? Number(f.maxExperienceYears.trim()) : null,
    subjects: splitSubjects(f.subjects),
    opensOn: f.opensOn,
    closesOn: f.closesOn,
  };
}

/** Once open, only the name, the description and the closing date are sent. */
export function toUpdateCampaignInput(f: CampaignFormState): UpdateCampaignInput {
  if (f.setupFixed) return { name: f.name.trim(), description: f.description, closesOn: f.closesOn };
  return toCreateCampaignInput(f);
}
