import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryOneOf, queryString } from '@/common/format';
import type { ListCodec } from '@/common/list/list-query';
import type { ArchiveFilter, RouteOrderField, RouteStatus, RouteStepInput, RouteStepKind, RouteStepStatus, RoutesFilter, SharedTeacherOrderField } from '@/gql/graphql';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const ROUTE_STATUSES: readonly RouteStatus[] = ['DRAFT', 'ON_APPROVAL', 'RETURNED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED'];
export const STEP_KINDS: readonly RouteStepKind[] = ['MENTORING', 'SELF_EDUCATION', 'COURSE', 'EVENT', 'OPEN_LESSON', 'METHODOLOGICAL_PRODUCT', 'INTERNSHIP_MODULE'];
export const STEP_STATUSES: readonly RouteStepStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export type TagSeverity = 'info' | 'success' | 'secondary' | 'danger' | 'warn' | 'contrast';

export function routeStatusSeverity(status: RouteStatus): TagSeverity {
  switch (status) {
    case 'DRAFT':
      return 'secondary';
    case 'ON_APPROVAL':
      return 'warn';
    case 'RETURNED':
      return 'danger';
    case 'APPROVED':
      return 'info';
    case 'IN_PROGRESS':
      return 'success';
    case 'COMPLETED':
      return 'contrast';
  }
}

export function stepStatusSeverity(status: RouteStepStatus): TagSeverity {
  switch (status) {
    case 'PLANNED':
      return 'secondary';
    case 'IN_PROGRESS':
      return 'info';
    case 'DONE':
      return 'success';
    case 'CANCELLED':
      return 'danger';
  }
}

// The list, as kept in the URL query.
export interface RouteListState {
  search: string | null;
  status: RouteStatus | null;
  archived: ArchiveFilter;
}

export function parseRouteListQuery(query: LocationQuery): RouteListState {
  return {
    search: queryString(query['q']),
    status: queryOneOf(ROUTE_STATUSES, query['status']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toRouteListQuery(state: RouteListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query['q'] = state.search;
  if (state.status) query['status'] = state.status;
  if (state.archived !== 'ACTIVE') query['archived'] = state.archived;
  return query;
}

export const toRoutesFilter = (state: RouteListState): RoutesFilter => ({ search: state.search, status: state.status, archived: state.archived });

export const routeListCodec: ListCodec<RouteListState, RouteOrderField> = {
  parse: parseRouteListQuery,
  serialize: toRouteListQuery,
  sortFields: ['TITLE', 'OWNER', 'STATUS', 'PROGRESS', 'STARTS_ON', 'CREATED_AT'],
  defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
};

// «Диалог в сети»: the search in the URL; rows keyed by the person (the list's tables need an id).
export interface SharedListState {
  search: string | null;
}
export const parseSharedQuery = (query: LocationQuery): SharedListState => ({ search: queryString(query['q']) });
export const toSharedQuery = (state: SharedListState): LocationQueryRaw => (state.search ? { q: state.search } : {});
export const sharedRows = <T extends { personId: string }>(nodes: readonly T[]): (T & { id: string })[] => nodes.map((n) => ({ ...n, id: n.personId }));
/** Its order by the teacher, workplace, routes, done steps or latest change; the most recently changed first. */
export const sharedListCodec: ListCodec<SharedListState, SharedTeacherOrderField> = {
  parse: parseSharedQuery,
  serialize: toSharedQuery,
  sortFields: ['NAME', 'ORGANIZATION', 'SHARED_ROUTES', 'COMPLETED_STEPS', 'LATEST_AT'],
  defaultSort: { field: 'LATEST_AT', direction: 'DESC' },
};

// The actions of a route page.
export type RouteAction = 'submit' | 'approve' | 'return' | 'start' | 'complete';
export interface RouteActionButton {
  action: RouteAction;
  icon: string;
  severity: 'primary' | 'success' | 'danger' | 'secondary' | 'warn';
}
const ACTIONS: Readonly<Record<RouteAction, RouteActionButton>> = {
  submit: { action: 'submit', icon: 'pi pi-send', severity: 'primary' },
  approve: { action: 'approve', icon: 'pi pi-check', severity: 'success' },
  return: { action: 'return', icon: 'pi pi-replay', severity: 'warn' },
  start: { action: 'start', icon: 'pi pi-play', severity: 'primary' },
  complete: { action: 'complete', icon: 'pi pi-flag', severity: 'success' },
};

export interface RouteFlags {
  status: RouteStatus;
  canSubmit: boolean;
  canApprove: boolean;
  canStart: boolean;
  canComplete: boolean;
}

/** The buttons the caller sees: what the API allows them now, in the order of the flow. */
export function routeActions(r: RouteFlags): RouteActionButton[] {
  const out: RouteActionButton[] = [];
  if (r.canSubmit) out.push(ACTIONS.submit);
  if (r.canApprove) out.push(ACTIONS.approve, ACTIONS.return);
  if (r.canStart) out.push(ACTIONS.start);
  if (r.canComplete) out.push(ACTIONS.complete);
  return out;
}

// The builder.
export interface DeficitOption {
  competenceId: string;
  code: string;
  name: string;
  frameworkCode: string;
  level: string;
  score: number;
  campaignId: string;
  campaignName: string;
  measuredOn: string;
}

/** The campaigns the person's latest results come from, newest first (for «Диагностика»). */
export function campaignsOf(deficits: readonly DeficitOption[]): { id: string; name: string; measuredOn: string }[] {
  const seen = new Map<string, { id: string; name: string; measuredOn: string }>();
  for (const d of deficits) {
    const known = seen.get(d.campaignId);
    if (!known || known.measuredOn < d.measuredOn) seen.set(d.campaignId, { id: d.campaignId, name: d.campaignName, measuredOn: d.measuredOn });
  }
  return [...seen.values()].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
}

/** The deficits of one campaign (all campaigns when none is chosen). */
export function deficitIds(deficits: readonly DeficitOption[], campaignId: string | null): string[] {
  return deficits.filter((d) => d.level === 'DEFICIT' && (!campaignId || d.campaignId === campaignId)).map((d) => d.competenceId);
}

export type RouteTarget = 'PERSON' | 'GROUP';
export const ROUTE_TARGETS: readonly RouteTarget[] = ['PERSON', 'GROUP'];

export interface BuilderForm {
  target: RouteTarget;
  personId: string | null;
  associationId: string | null;
  title: string;
  goal: string;
  startsOn: string;
  endsOn: string;
  campaignId: string | null;
  competenceIds: string[];
}
export const BUILDER_FIELDS = ['personId', 'associationId', 'title', 'goal', 'startsOn', 'endsOn', 'campaignId', 'competenceIds'] as const;

export function validateBuilderForm(f: BuilderForm, m: { person: string; group: string; title: string; startsOn: string; endsOn: string; endBeforeStart: string; competences: string }) {
  const errors: Record<string, string> = {};
  if (f.target === 'PERSON' && !f.personId) errors['personId'] = m.person;
  if (f.target === 'GROUP' && !f.associationId) errors['associationId'] = m.group;
  if (!f.title.trim()) errors['title'] = m.title;
  if (!f.startsOn) errors['startsOn'] = m.startsOn;
  if (!f.endsOn) errors['endsOn'] = m.endsOn;
  else if (f.startsOn && f.endsOn < f.startsOn) errors['endsOn'] = m.endBeforeStart;
  if (!f.competenceIds.length) errors['competenceIds'] = m.competences;
  return errors;
}

/** The default period of a new route: from today for a year. */
export function defaultPeriod(today: string): { startsOn: string; endsOn: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return { startsOn: today, endsOn: d.toISOString().slice(0, 10) };
}

/** The create input: a person's route or a group's (no baseline diagnostics for a group). */
export const toCreateRouteInput = (f: BuilderForm) => ({
  personId: f.target === 'PERSON' ? f.personId : null,
  associationId: f.target === 'GROUP' ? f.associationId : null,
  title: f.title.trim(),
  goal: f.goal,
  startsOn: f.startsOn,
  endsOn: f.endsOn,
  campaignId: f.target === 'PERSON' ? f.campaignId : null,
  competenceIds: f.competenceIds,
});

/** Associations the caller manages, as options (name · host, members). */
export const groupOptions = (rows: readonly { id: string; name: string; memberCount: number; canEdit: boolean; host?: { name: string } | null }[], members: (n: number) => string) =>
  rows.filter((a) => a.canEdit).map((a) => ({ value: a.id, label: [a.name, a.host?.name, members(a.memberCount)].filter(Boolean).join(' · ') }));

/** Steps proposed for a group (the API proposes for a person): a group session per chosen competence, no mentor. */
export const groupProposals = (competenceIds: readonly string[], label: (id: string) => string): Proposal[] =>
  competenceIds.map((id) => ({ kind: 'EVENT', title: `Занятие объединения: ${label(id)}`.slice(0, 500), competenceIds: [id], mentor: null }));

export interface Proposal {
  kind: RouteStepKind;
  title: string;
  competenceIds: string[];
  mentor?: { personId: string; name: string; score: number; reasons: string[] } | null;
  /** EVENT / INTERNSHIP_MODULE proposals: why («развивает: …»), dates and the link. */
  reason?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  eventId?: string | null;
  internshipModuleId?: string | null;
  internshipCohortId?: string | null;
}

export const proposalToStepInput = (p: Proposal): RouteStepInput => ({
  kind: p.kind,
  title: p.title,
  competenceIds: p.competenceIds,
  mentorPersonId: p.mentor?.personId ?? null,
  ...(p.startsOn ? { startsOn: p.startsOn, endsOn: p.endsOn ?? p.startsOn } : {}),
  ...(p.eventId ? { eventId: p.eventId } : {}),
  ...(p.internshipModuleId ? { internshipModuleId: p.internshipModuleId, internshipCohortId: p.internshipCohortId ?? null } : {}),
});

// A step in the dialog.
export interface StepForm {
  kind: RouteStepKind | null;
  title: string;
  description: string;
  competenceIds: string[];
  startsOn: string | null;
  endsOn: string | null;
}
export const STEP_FIELDS = [
  'kind',
  'title',
  'description',
  'competenceIds',
  'startsOn',
  'endsOn',
  'mentorPersonId',
  'mentorshipId',
  'eventId',
  'eventOccurrenceDate',
  'internshipModuleId',
  'internshipCohortId',
] as const;
export const emptyStepForm = (): StepForm => ({ kind: null, title: '', description: '', competenceIds: [], startsOn: null, endsOn: null });

export function validateStepForm(
  f: StepForm,
  period: { startsOn: string; endsOn: string },
  m: { kind: string; title: string; outside: string; endBeforeStart: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.kind) errors['kind'] = m.kind;
  if (!f.title.trim()) errors['title'] = m.title;
  const outside = (d: string | null) => !!d && (d < period.startsOn || d > period.endsOn);
  if (outside(f.startsOn)) errors['startsOn'] = m.outside;
  if (outside(f.endsOn)) errors['endsOn'] = m.outside;
  else if (f.startsOn && f.endsOn && f.endsOn < f.startsOn) errors['endsOn'] = m.endBeforeStart;
  return errors;
}

export const toStepInput = (f: StepForm): RouteStepInput => ({
  kind: f.kind!,
  title: f.title.trim(),
  description: f.description,
  competenceIds: f.competenceIds,
  startsOn: f.startsOn || null,
  endsOn: f.endsOn || null,
});

/** A MENTORING step keeps its suggested mentor and its mentorship; any other kind sends neither. */
/** An EVENT step sends its event (or none); other kinds send none (the API forgets it). */
/** An EVENT step sends its event and, for a series, the one occurrence (none: any of them); other kinds send neither. */
export const eventRef = (f: { kind: RouteStepKind | null; eventId: string | null; eventOccurrenceDate?: string | null }) =>
  f.kind === 'EVENT' ? { eventId: f.eventId, eventOccurrenceDate: f.eventId ? (f.eventOccurrenceDate ?? null) : null } : { eventId: null, eventOccurrenceDate: null };

/** The occurrences of a series a step may name (cancelled ones left out); empty for a single event. */
export const occurrenceChoices = (e: { series?: unknown; occurrences: readonly { occurrenceDate: string; cancelled: boolean }[] } | null | undefined): string[] =>
  e?.series ? e.occurrences.filter((o) => !o.cancelled).map((o) => o.occurrenceDate) : [];

/** An INTERNSHIP_MODULE step sends its module and the cohort to take it in (a cohort only with a module); other kinds send neither. */
export const moduleRef = (f: { kind: RouteStepKind | null; internshipModuleId: string | null; internshipCohortId: string | null }) =>
  f.kind === 'INTERNSHIP_MODULE'
    ? { internshipModuleId: f.internshipModuleId, internshipCohortId: f.internshipModuleId ? f.internshipCohortId : null }
    : { internshipModuleId: null, internshipCohortId: null };

export interface ModuleOption {
  value: string;
  label: string;
  programId: string;
  /** The programme and the site, searched as well as the module's title. */
  place: string;
}
export interface ModuleGroup {
  label: string;
  items: ModuleOption[];
}
interface CatalogueSite {
  theme: string;
  host: { name: string; shortName?: string | null };
  programs: readonly { id: string; title: string; modules: readonly { id: string; title: string; hours: number }[] }[];
}

/** Modules grouped by programme («программа · площадка»); programmes without modules are left out. */
export function moduleGroups(sites: readonly CatalogueSite[], hoursLabel: (hours: number) => string): ModuleGroup[] {
  return sites.flatMap((site) =>
    site.programs
      .filter((p) => p.modules.length)
      .map((p) => {
        const label = `${p.title} · ${site.host.shortName || site.host.name}`;
        return { label, items: p.modules.map((mod) => ({ value: mod.id, label: `${mod.title} (${hoursLabel(mod.hours)})`, programId: p.id, place: `${label} ${site.theme}` })) };
      }),
  );
}

export const mentoringRefs = (f: { kind: RouteStepKind | null; mentorPersonId: string | null; mentorshipId: string | null }) =>
  f.kind === 'MENTORING' ? { mentorPersonId: f.mentorPersonId, mentorshipId: f.mentorshipId } : { mentorPersonId: null, mentorshipId: null };

/** The label of a mentorship to pick: its mentors, the programme and the status. */
export const mentorshipLabel = (m: { mentorNames: string; programName: string }, statusLabel: string) =>
  `${m.mentorNames || '—'} · ${m.programName} (${statusLabel})`;

/** Moving a step one place up or down: the new 0-based position, or null at the edge. */
export function neighbourPosition(index: number, count: number, dir: -1 | 1): number | null {
  const to = index + dir;
  return to < 0 || to >= count ? null : to;
}

// The effectiveness card.
export interface EffectivenessItem {
  code: string;
  name: string;
  beforeScore?: number | null;
  afterScore?: number | null;
  delta?: number | null;
  deficitClosed?: boolean | null;
}

/** A bar chart (vue-echarts) of each targeted competence before and after the route. */
export function effectivenessChart(items: readonly EffectivenessItem[], labels: { before: string; after: string }) {
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { data: [labels.before, labels.after] },
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category' as const, data: items.map((i) => i.code) },
    yAxis: { type: 'value' as const, min: 0, max: 100 },
    series: [
      { name: labels.before, type: 'bar' as const, data: items.map((i) => i.beforeScore ?? null), itemStyle: { color: '#94a3b8' } },
      { name: labels.after, type: 'bar' as const, data: items.map((i) => i.afterScore ?? null), itemStyle: { color: '#10b981' } },
    ],
  };
}

/** «+12,5», «−3», «—». */
export { formatDelta } from '@/common/format';

/** File size in Russian units. */
export { formatFileSize as formatSize } from '@/common/format';
