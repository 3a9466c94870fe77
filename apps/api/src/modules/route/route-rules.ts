import {
  CompetenceLevel,
  ROUTE_EVIDENCE_MAX_BYTES,
  ROUTE_EVIDENCE_TYPES,
  ROUTE_STATUS_LABELS,
  ROUTE_STEP_STATUS_LABELS,
  ROUTE_TRANSITIONS,
  RouteStatus,
  RouteStepKind,
  RouteStepStatus,
} from '@metodset/shared';
import { FieldError } from '../../common/errors/errors';
import { CheckedFile, checkAttachedFile } from '../../common/files/attached-file';

/** Why a route may not move from one status to another; null when it may. */
export function routeTransitionProblem(from: RouteStatus, to: RouteStatus): string | null {
  if (ROUTE_TRANSITIONS[from].includes(to)) return null;
  return `Нельзя перевести маршрут из состояния «${ROUTE_STATUS_LABELS[from]}» в «${ROUTE_STATUS_LABELS[to]}»`;
}

/** Share (0–100) of the non-cancelled steps that are done; 0 without such steps. */
export function routeProgress(steps: readonly { status: RouteStepStatus }[]): number {
  const counted = steps.filter((s) => s.status !== RouteStepStatus.CANCELLED);
  if (!counted.length) return 0;
  return Math.round((counted.filter((s) => s.status === RouteStepStatus.DONE).length / counted.length) * 100);
}

/** Steps that still keep a route from being completed. */
export function openSteps<S extends { status: RouteStepStatus }>(steps: readonly S[]): S[] {
  return steps.filter((s) => s.status === RouteStepStatus.PLANNED || s.status === RouteStepStatus.IN_PROGRESS);
}

/** A step's dates must lie within the route's period, and end no earlier than they start. */
export function stepDateProblems(
  period: { startsOn: string; endsOn: string },
  step: { startsOn?: string | null; endsOn?: string | null },
): FieldError[] {
  const out: FieldError[] = [];
  const inside = (d: string) => d >= period.startsOn && d <= period.endsOn;
  const range = `${period.startsOn} – ${period.endsOn}`;
  if (step.startsOn && !inside(step.startsOn)) out.push({ field: 'startsOn', message: `Дата начала шага — внутри сроков маршрута (${range})` });
  if (step.endsOn && !inside(step.endsOn)) out.push({ field: 'endsOn', message: `Дата окончания шага — внутри сроков маршрута (${range})` });
  if (step.startsOn && step.endsOn && step.endsOn < step.startsOn) out.push({ field: 'endsOn', message: 'Окончание не может быть раньше начала' });
  return out;
}

/** Why a step may not take this status; null when it may. DONE needs the date it was done, within the route's period. */
export function stepStatusProblem(
  period: { startsOn: string; endsOn: string },
  status: RouteStepStatus,
  completedOn: string | null | undefined,
  today: string,
): FieldError | null {
  if (status !== RouteStepStatus.DONE) return null;
  if (!completedOn) return { field: 'completedOn', message: `Укажите дату, когда шаг «${ROUTE_STEP_STATUS_LABELS.DONE.toLowerCase()}»` };
  if (completedOn < period.startsOn) return { field: 'completedOn', message: 'Шаг не может быть выполнен раньше начала маршрута' };
  if (completedOn > today) return { field: 'completedOn', message: 'Дата выполнения не может быть в будущем' };
  return null;
}

export interface EffectivenessRow {
  competenceId: string;
  code: string;
  name: string;
  beforeScore: number | null;
  beforeLevel: CompetenceLevel | null;
  afterScore: number | null;
  afterLevel: CompetenceLevel | null;
  afterMeasuredOn: string | null;
  afterCampaignName: string | null;
}

export interface EffectivenessItem extends EffectivenessRow {
  delta: number | null;
  /** A deficit before that is no longer one after; null while there is nothing to compare. */
  deficitClosed: boolean | null;
}

/** The effectiveness card («Карта эффективности»): before, after, the change and whether the deficit closed. */
export function effectiveness(row: EffectivenessRow): EffectivenessItem {
  const both = row.beforeScore !== null && row.afterScore !== null;
  return {
    ...row,
    delta: both ? Math.round((row.afterScore! - row.beforeScore!) * 100) / 100 : null,
    deficitClosed: row.afterLevel === null || row.beforeLevel !== CompetenceLevel.DEFICIT ? null : row.afterLevel !== CompetenceLevel.DEFICIT,
  };
}

/** Decodes and checks an evidence file (as agreements do): allowed type by name and by real content, size limit, name sanitised. */
export function checkEvidenceFile(fileName: string, contentBase64: string): Promise<CheckedFile | FieldError> {
  return checkAttachedFile(fileName, contentBase64, { types: ROUTE_EVIDENCE_TYPES, maxBytes: ROUTE_EVIDENCE_MAX_BYTES });
}

/** Moves the item with `id` to `position` (0-based, clamped) and returns the new order of ids. */
export function reorder(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

export interface MentorCandidate {
  personId: string;
  name: string;
  /** Competence ids (of the targeted ones) the mentor has a proficit in. */
  covers: string[];
  freePlaces: number;
}

/**
 * Covers the targeted competences with as few mentors as possible (greedy set cover over ordered candidates):
 * returns the chosen mentors with the competences each takes, and the competences nobody covers.
 */
export function coverWithMentors(targets: readonly string[], candidates: readonly MentorCandidate[], maxMentors = 3) {
  const left = new Set(targets);
  const chosen: { mentor: MentorCandidate; competenceIds: string[] }[] = [];
  while (left.size && chosen.length < maxMentors) {
    let best: MentorCandidate | null = null;
    let bestGain = 0;
    for (const c of candidates) {
      if (chosen.some((x) => x.mentor.personId === c.personId)) continue;
      const gain = c.covers.filter((id) => left.has(id)).length;
      if (gain > bestGain) [best, bestGain] = [c, gain];
    }
    if (!best) break;
    const taken = targets.filter((id) => left.has(id) && best.covers.includes(id));
    taken.forEach((id) => left.delete(id));
    chosen.push({ mentor: best, competenceIds: taken });
  }
  return { chosen, uncovered: targets.filter((id) => left.has(id)) };
}

/** A product of a route shown in the network: a done step with what came of it. */
export interface RouteProduct {
  stepId: string;
  kind: RouteStepKind;
  title: string;
  completedOn: string | null;
  /** The owner's own words on what came of the step. */
  result: string;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
}

/** «Диалог в сети»: a route as its owner shares it — progress, achievements and products; no baselines, no journal. */
export interface SharedRoute {
  id: string;
  title: string;
  status: RouteStatus;
  startsOn: string;
  endsOn: string;
  sharedInNetwork: boolean;
  progress: number;
  products: RouteProduct[];
}

export function sharedRoute(
  route: { id: string; title: string; status: RouteStatus; startsOn: string; endsOn: string; sharedInNetwork: boolean },
  steps: readonly { id: string; kind: RouteStepKind; title: string; status: RouteStepStatus; completedOn: string | null; reflection: string; evidenceUrl: string | null; evidenceFileName: string | null }[],
): SharedRoute {
  const { id, title, status, startsOn, endsOn, sharedInNetwork } = route;
  return {
    id,
    title,
    status,
    startsOn,
    endsOn,
    sharedInNetwork,
    progress: routeProgress(steps),
    products: steps
      .filter((s) => s.status === RouteStepStatus.DONE)
      .map((s) => ({ stepId: s.id, kind: s.kind, title: s.title, completedOn: s.completedOn, result: s.reflection, evidenceUrl: s.evidenceUrl, evidenceFileName: s.evidenceFileName })),
  };
}

/** A proposed EVENT or INTERNSHIP_MODULE step: the link, the targeted competences it develops, why in words. */
export interface LinkedProposal {
  kind: RouteStepKind;
  title: string;
  competenceIds: string[];
  reason: string;
  startsOn: string | null;
  endsOn: string | null;
  eventId: string | null;
  internshipModuleId: string | null;
  internshipCohortId: string | null;
}

/**
 * Events and modules as proposed steps: each develops the targeted competences whose codes it names («развивает: …»);
 * dates are the event's or the cohort's, kept only when inside the route's period (if one is known).
 */
export function linkedProposals(
  targets: readonly { id: string; code: string; name: string }[],
  events: readonly { eventId: string; title: string; startsOn: string; endsOn: string; series: boolean; competenceCodes: readonly string[] }[],
  modules: readonly { moduleId: string; title: string; hours: number; programTitle: string; cohortId: string | null; cohortStartsOn: string | null; cohortEndsOn: string | null; competenceCodes: readonly string[] }[],
  period: { startsOn: string; endsOn: string } | null = null,
): LinkedProposal[] {
  const matched = (codes: readonly string[]) => targets.filter((t) => codes.includes(t.code));
  const reason = (ts: readonly { name: string }[]) => `развивает: ${ts.map((t) => t.name).join('; ')}`;
  const inside = (from: string | null, to: string | null) => (!period || !from || !to || (from >= period.startsOn && to <= period.endsOn) ? { startsOn: from, endsOn: to } : { startsOn: null, endsOn: null });
  const out: LinkedProposal[] = [];
  for (const e of events) {
    const ts = matched(e.competenceCodes);
    if (!ts.length) continue;
    out.push({
      kind: RouteStepKind.EVENT,
      title: `Мероприятие: ${e.title}`.slice(0, 500),
      competenceIds: ts.map((t) => t.id),
      reason: reason(ts),
      ...(e.series ? { startsOn: null, endsOn: null } : inside(e.startsOn, e.endsOn)),
      eventId: e.eventId,
      internshipModuleId: null,
      internshipCohortId: null,
    });
  }
  for (const x of modules) {
    const ts = matched(x.competenceCodes);
    if (!ts.length) continue;
    out.push({
      kind: RouteStepKind.INTERNSHIP_MODULE,
      title: `Модуль стажировки: ${x.title} (${x.hours} ч, «${x.programTitle}»)`.slice(0, 500),
      competenceIds: ts.map((t) => t.id),
      reason: reason(ts),
      ...inside(x.cohortStartsOn, x.cohortEndsOn),
      eventId: null,
      internshipModuleId: x.moduleId,
      internshipCohortId: x.cohortId,
    });
  }
  return out;
}
