import type { CreateIndicatorInput, IndicatorDirection, IndicatorKind, IndicatorOwnerKind, IndicatorPageQuery, IndicatorUnit, UpdateIndicatorInput } from '@/gql/graphql';
import { HOST_ID_FIELD, type HostKind } from '@/modules/network/host';

export interface TargetRow {
  year: number | null;
  value: number | null;
  text: string;
}

export interface IndicatorFormState {
  name: string;
  section: string;
  position: number;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  computedKey: string | null;
  measuresChange: boolean;
  baselineYear: number | null;
  baselineValue: number | null;
  baselineText: string;
  targets: TargetRow[];
  sourceNote: string;
  /** New indicators: the owner — given by the page they came from (`fixedOwner`), or picked among organisation, municipality, network. */
  fixedOwner: { kind: IndicatorOwnerKind; id: string } | null;
  host: HostKind;
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
}

type Indicator = IndicatorPageQuery['indicator'];

export const INDICATOR_FORM_FIELDS = ['name', 'section', 'position', 'description', 'unit', 'direction', 'kind', 'computedKey', 'measuresChange', 'baselineYear', 'baselineValue', 'baselineText', 'targets', 'sourceNote', 'ownerId', 'organizationId', 'municipalityId', 'networkId'];
export const isIndicatorFormField = (field: string): boolean => INDICATOR_FORM_FIELDS.includes(field.split('.')[0]);
export const INDICATOR_HOSTS: readonly HostKind[] = ['municipality', 'network', 'organization'];
const HOST_OWNER: Record<HostKind, IndicatorOwnerKind> = { organization: 'ORGANIZATION', municipality: 'MUNICIPALITY', network: 'NETWORK' };

export function emptyIndicatorForm(fixedOwner: { kind: IndicatorOwnerKind; id: string } | null = null): IndicatorFormState {
  return {
    name: '',
    section: '',
    position: 0,
    description: '',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    kind: 'MANUAL',
    computedKey: null,
    measuresChange: false,
    baselineYear: null,
    baselineValue: null,
    baselineText: '',
    targets: [],
    sourceNote: '',
    fixedOwner,
    host: 'municipality',
    organizationId: null,
    municipalityId: null,
    networkId: null,
  };
}

export function indicatorFormFrom(i: Indicator): IndicatorFormState {
  return {
    ...emptyIndicatorForm({ kind: i.owner.kind, id: i.owner.id }),
    name: i.name,
    section: i.section,
    position: i.position,
    description: i.description,
    unit: i.unit,
    direction: i.direction,
    kind: i.kind,
    computedKey: i.computedKey ?? null,
    measuresChange: i.measuresChange,
    baselineYear: i.baseline?.year ?? null,
    baselineValue: i.baseline?.value ?? null,
    baselineText: i.baseline?.text ?? '',
    targets: i.targets.map((t) => ({ year: t.year, value: t.value, text: t.text })),
    sourceNote: i.sourceNote,
  };
}

/** Client checks (the API repeats them): a name, an owner, a key for a computed one, baseline year and value together, one target per year, percentages within 0–100. */
export function validateIndicatorForm(f: IndicatorFormState, editing: boolean, m: { required: string; duplicateYear: string; percent: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.name.trim()) errors['name'] = m.required;
  if (!editing && !f.fixedOwner && !f[HOST_ID_FIELD[f.host]]) errors[HOST_ID_FIELD[f.host]] = m.required;
  if (f.kind === 'COMPUTED' && !f.computedKey) errors['computedKey'] = m.required;
  if ((f.baselineYear === null) !== (f.baselineValue === null)) errors[f.baselineYear === null ? 'baselineYear' : 'baselineValue'] = m.required;
  const percentBad = (v: number | null) => f.unit === 'PERCENT' && v !== null && (v > 100 || v < (f.measuresChange ? -100 : 0));
  if (percentBad(f.baselineValue)) errors['baselineValue'] = m.percent;
  const seen = new Set<number>();
  f.targets.forEach((t, i) => {
    if (t.year === null) errors[`targets.${i}.year`] = m.required;
    else if (seen.has(t.year)) errors[`targets.${i}.year`] = m.duplicateYear;
    else seen.add(t.year);
    if (t.value === null) errors[`targets.${i}.value`] = m.required;
    else if (percentBad(t.value)) errors[`targets.${i}.value`] = m.percent;
  });
  return errors;
}

export function toUpdateIndicatorInput(f: IndicatorFormState): UpdateIndicatorInput {
  return {
    name: f.name.trim(),
    section: f.section.trim(),
    position: f.position,
    description: f.description,
    unit: f.unit,
    direction: f.direction,
    kind: f.kind,
    computedKey: f.kind === 'COMPUTED' ? f.computedKey : null,
    measuresChange: f.measuresChange,
    baselineYear: f.baselineYear,
    baselineValue: f.baselineValue,
    baselineText: f.baselineText.trim(),
    targets: f.targets.map((t) => ({ year: t.year ?? 0, value: t.value ?? 0, text: t.text.trim() })),
    sourceNote: f.sourceNote,
  };
}

export function toCreateIndicatorInput(f: IndicatorFormState): CreateIndicatorInput {
  const owner = f.fixedOwner ?? { kind: HOST_OWNER[f.host], id: f[HOST_ID_FIELD[f.host]] ?? '' };
  return { ...toUpdateIndicatorInput(f), ownerKind: owner.kind, ownerId: owner.id };
}
