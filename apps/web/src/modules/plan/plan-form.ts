import type { CreatePlanInput, PlanKind, PlanPageQuery, PlanStatus, UpdatePlanInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { HOST_ID_FIELD, hostInput, type HostKind } from '@/modules/network/host';

export interface PlanFormState {
  kind: PlanKind | null;
  title: string;
  periodText: string;
  startsOn: string;
  endsOn: string;
  status: PlanStatus;
  sourceNote: string;
  host: HostKind;
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
}

type Plan = PlanPageQuery['plan'];

export const PLAN_FORM_FIELDS = ['kind', 'title', 'periodText', 'startsOn', 'endsOn', 'status', 'sourceNote', 'organizationId', 'municipalityId', 'networkId'] as const;
export const isPlanFormField = (field: string): boolean => (PLAN_FORM_FIELDS as readonly string[]).includes(field);
export const PLAN_OWNERS: readonly HostKind[] = ['organization', 'municipality', 'network'];

export function emptyPlanForm(): PlanFormState {
  return { kind: null, title: '', periodText: '', startsOn: '', endsOn: '', status: 'ACTIVE', sourceNote: '', host: 'network', organizationId: null, municipalityId: null, networkId: null };
}

export function planFormFrom(p: Plan): PlanFormState {
  return {
    kind: p.kind,
    title: p.title,
    periodText: p.periodText,
    startsOn: p.startsOn ?? '',
    endsOn: p.endsOn ?? '',
    status: p.status,
    sourceNote: p.sourceNote,
    host: p.municipalityId ? 'municipality' : p.networkId ? 'network' : 'organization',
    organizationId: p.organizationId ?? null,
    municipalityId: p.municipalityId ?? null,
    networkId: p.networkId ?? null,
  };
}

/** Client checks: a title, a kind, an owner (new plans), and an end not before the start. */
export function validatePlanForm(form: PlanFormState, editing: boolean, m: { required: string; period: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (!form.kind) errors['kind'] = m.required;
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.period;
  if (!editing && !form[HOST_ID_FIELD[form.host]]) errors[HOST_ID_FIELD[form.host]] = m.required;
  return errors;
}

export function toUpdatePlanInput(form: PlanFormState): UpdatePlanInput & { title: string; kind: PlanKind } {
  return {
    title: form.title.trim(),
    kind: form.kind ?? 'PROJECT',
    periodText: form.periodText.trim(),
    startsOn: blankToNull(form.startsOn),
    endsOn: blankToNull(form.endsOn),
    status: form.status,
    sourceNote: form.sourceNote.trim(),
  };
}

export function toCreatePlanInput(form: PlanFormState): CreatePlanInput {
  return { ...toUpdatePlanInput(form), ...hostInput(form.host, form) };
}
