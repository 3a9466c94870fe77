import type { CreatePlanItemInput, PlanItemStatus, PlanPageQuery, PlanStageInput, PlanStageKind } from '@/gql/graphql';
import { blankToNull } from '@/common/format';

export type PlanDetails = PlanPageQuery['plan'];
export type PlanStageRow = PlanDetails['stages'][number];
export type PlanItemRow = PlanStageRow['items'][number];

export interface PlanItemFormState {
  number: string;
  title: string;
  periodText: string;
  startsOn: string;
  endsOn: string;
  responsibleText: string;
  participantsText: string;
  expectedResult: string;
  actualResult: string;
  status: PlanItemStatus;
  /** Responsible people and organisations picked from the caller's scope (beside the text as the document writes it). */
  responsiblePersonIds: string[];
  responsibleOrganizationIds: string[];
}

export const PLAN_ITEM_FIELDS = [
  'number',
  'title',
  'periodText',
  'startsOn',
  'endsOn',
  'responsibleText',
  'participantsText',
  'expectedResult',
  'actualResult',
  'status',
  'position',
  'responsiblePersonIds',
  'responsibleOrganizationIds',
] as const;
/** A field of the form; a refused list entry («responsiblePersonIds.0») belongs to its list. */
export const isPlanItemField = (field: string): boolean => (PLAN_ITEM_FIELDS as readonly string[]).includes(field.replace(/\.\d+$/, ''));

export function emptyPlanItemForm(): PlanItemFormState {
  return {
    number: '',
    title: '',
    periodText: '',
    startsOn: '',
    endsOn: '',
    responsibleText: '',
    participantsText: '',
    expectedResult: '',
    actualResult: '',
    status: 'PLANNED',
    responsiblePersonIds: [],
    responsibleOrganizationIds: [],
  };
}

/** Labels of the people and organisations an item names as responsible, for the pickers. */
export function responsibleKnown(i: Pick<PlanItemRow, 'responsible'> | null) {
  const parties = i?.responsible ?? [];
  return {
    people: parties.flatMap((p) => (p.person ? [{ value: p.person.id, label: p.person.fullName, place: null }] : [])),
    organizations: parties.flatMap((p) => (p.organization ? [{ id: p.organization.id, name: p.organization.shortName || p.organization.name }] : [])),
  };
}

export function planItemFormFrom(i: PlanItemRow): PlanItemFormState {
  return {
    number: i.number,
    title: i.title,
    periodText: i.periodText,
    startsOn: i.startsOn ?? '',
    endsOn: i.endsOn ?? '',
    responsibleText: i.responsibleText,
    participantsText: i.participantsText,
    expectedResult: i.expectedResult,
    actualResult: i.actualResult,
    status: i.manualStatus,
    responsiblePersonIds: i.responsible.flatMap((p) => (p.person ? [p.person.id] : [])),
    responsibleOrganizationIds: i.responsible.flatMap((p) => (p.organization ? [p.organization.id] : [])),
  };
}

export function validatePlanItemForm(form: PlanItemFormState, m: { required: string; period: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.period;
  return errors;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Form → input: every text as typed (trimmed), empty dates as none. The responsible lists go only when they changed
 * from `initial` (the item as the caller sees it): an unchanged list never replaces parties the caller cannot see.
 */
export function toPlanItemInput(form: PlanItemFormState, initial?: PlanItemFormState): CreatePlanItemInput {
  return {
    number: form.number.trim(),
    title: form.title.trim(),
    periodText: form.periodText.trim(),
    startsOn: blankToNull(form.startsOn),
    endsOn: blankToNull(form.endsOn),
    responsibleText: form.responsibleText.trim(),
    participantsText: form.participantsText.trim(),
    expectedResult: form.expectedResult.trim(),
    actualResult: form.actualResult.trim(),
    status: form.status,
    ...(initial && sameIds(initial.responsiblePersonIds, form.responsiblePersonIds) ? {} : { responsiblePersonIds: [...form.responsiblePersonIds] }),
    ...(initial && sameIds(initial.responsibleOrganizationIds, form.responsibleOrganizationIds) ? {} : { responsibleOrganizationIds: [...form.responsibleOrganizationIds] }),
  };
}

export interface PlanStageFormState {
  title: string;
  kind: PlanStageKind;
  periodText: string;
  startsOn: string;
  endsOn: string;
  description: string;
}

export const PLAN_STAGE_FIELDS = ['title', 'kind', 'periodText', 'startsOn', 'endsOn', 'description'] as const;
export const isPlanStageField = (field: string): boolean => (PLAN_STAGE_FIELDS as readonly string[]).includes(field);

export const emptyPlanStageForm = (): PlanStageFormState => ({ title: '', kind: 'MAIN', periodText: '', startsOn: '', endsOn: '', description: '' });

export const planStageFormFrom = (s: PlanStageRow): PlanStageFormState => ({
  title: s.title,
  kind: s.kind,
  periodText: s.periodText,
  startsOn: s.startsOn ?? '',
  endsOn: s.endsOn ?? '',
  description: s.description,
});

export function validatePlanStageForm(form: PlanStageFormState, m: { required: string; period: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.period;
  return errors;
}

export const toPlanStageInput = (form: PlanStageFormState): PlanStageInput => ({
  title: form.title.trim(),
  kind: form.kind,
  periodText: form.periodText.trim(),
  startsOn: blankToNull(form.startsOn),
  endsOn: blankToNull(form.endsOn),
  description: form.description.trim(),
});

/** «Сроки» of an item as the table shows them: the period as written, else its dates. */
export function itemPeriod(i: Pick<PlanItemRow, 'periodText' | 'startsOn' | 'endsOn'>, format: (d: string | null | undefined) => string): string {
  if (i.periodText) return i.periodText;
  if (!i.startsOn && !i.endsOn) return '';
  if (i.startsOn === i.endsOn || !i.endsOn) return format(i.startsOn);
  return `${format(i.startsOn)} – ${format(i.endsOn)}`;
}

/** «Ответственные» / «Участники»: the text as written, then the organisations and people named. */
export function partiesText(text: string, parties: PlanItemRow['responsible']): string[] {
  const named = parties.map((p) => p.person?.fullName ?? p.organization?.shortName ?? p.organization?.name ?? '').filter(Boolean);
  return text ? [text] : named;
}

/**
 * The stage's whole order (`all`, archived items included, as the API wants it) after moving `id` one place among the
 * `visible` items: it swaps places with its visible neighbour. Null when it cannot move.
 */
export function movedOrder(all: readonly string[], visible: readonly string[], id: string, by: -1 | 1): string[] | null {
  const at = visible.indexOf(id);
  const neighbour = visible[at + by];
  if (at < 0 || !neighbour) return null;
  const order = [...all];
  const a = order.indexOf(id);
  const b = order.indexOf(neighbour);
  if (a < 0 || b < 0) return null;
  [order[a], order[b]] = [order[b], order[a]];
  return order;
}
