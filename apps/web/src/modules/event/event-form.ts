import type { CreateEventInput, EventAudienceTarget, EventInput, EventKind, EventQuery, EventRecurrence, EventStatus, EventTiming } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { HOST_ID_FIELD, hostInput, type HostKind } from '@/modules/network/host';

/** The event form; organisers, responsible people and competences are sent whole (the API replaces them). */
export interface EventFormState {
  title: string;
  kind: EventKind | null;
  description: string;
  host: HostKind;
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
  timing: EventTiming;
  startsOn: string;
  endsOn: string;
  startTime: string;
  endTime: string;
  periodLabel: string;
  place: string;
  onlineUrl: string;
  audience: string;
  audienceTarget: EventAudienceTarget | null;
  responsibleNote: string;
  plannedResult: string;
  actualResult: string;
  status: EventStatus;
  capacity: number | null;
  /** Academic hours per attended occurrence (professional-development record); null: none. */
  hours: number | null;
  registrationOpen: boolean;
  recurrence: EventRecurrence | null;
  interval: number;
  count: number | null;
  until: string;
  organizerIds: string[];
  responsibleIds: string[];
  competenceIds: string[];
}

type Event = EventQuery['event'];

export const EVENT_FORM_FIELDS = [
  'title', 'kind', 'description', 'organizationId', 'municipalityId', 'networkId', 'timing', 'startsOn', 'endsOn', 'startTime', 'endTime', 'periodLabel', 'place',
  'onlineUrl', 'audience', 'audienceTarget', 'responsibleNote', 'plannedResult', 'actualResult', 'status', 'capacity', 'hours', 'registrationOpen', 'series',
  'organizerIds', 'responsibleIds', 'competenceIds',
] as const;
export const isEventFormField = (field: string): boolean => (EVENT_FORM_FIELDS as readonly string[]).includes(field.split('.')[0]);

export function emptyEventForm(): EventFormState {
  return {
    title: '', kind: null, description: '', host: 'network', organizationId: null, municipalityId: null, networkId: null, timing: 'DATE', startsOn: '', endsOn: '',
    startTime: '', endTime: '', periodLabel: '', place: '', onlineUrl: '', audience: '', audienceTarget: null, responsibleNote: '', plannedResult: '', actualResult: '',
    status: 'PLANNED', capacity: null, hours: null, registrationOpen: true, recurrence: null, interval: 1, count: null, until: '', organizerIds: [], responsibleIds: [], competenceIds: [],
  };
}

/** HH:MM in Moscow time of a stored instant. */
const moscowTime = (iso: string | null | undefined): string =>
  iso ? new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(11, 16) : '';

export function eventFormFrom(e: Event): EventFormState {
  return {
    title: e.title,
    kind: e.kind,
    description: e.description,
    host: e.municipalityId ? 'municipality' : e.organizationId ? 'organization' : 'network',
    organizationId: e.organizationId ?? null,
    municipalityId: e.municipalityId ?? null,
    networkId: e.networkId ?? null,
    timing: e.timing,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    startTime: moscowTime(e.startsAt),
    endTime: moscowTime(e.endsAt),
    periodLabel: e.periodLabel ?? '',
    place: e.place ?? '',
    onlineUrl: e.onlineUrl ?? '',
    audience: e.audience,
    audienceTarget: e.audienceTarget ?? null,
    responsibleNote: e.responsibleNote,
    plannedResult: e.plannedResult,
    actualResult: e.actualResult,
    status: e.status,
    capacity: e.capacity ?? null,
    hours: e.hours ?? null,
    registrationOpen: e.registrationOpen,
    recurrence: e.series?.frequency ?? null,
    interval: e.series?.interval ?? 1,
    count: e.series?.count ?? null,
    until: e.series?.until ?? '',
    organizerIds: e.organizers.map((o) => o.id),
    responsibleIds: e.responsible.map((r) => r.personId),
    competenceIds: e.competenceIds,
  };
}

/** What the browser can tell before the API does (the API checks everything again). */
export function validateEventForm(form: EventFormState, editing: boolean, m: { required: string; endsBeforeStart: string; countOrUntil: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (!form.kind) errors['kind'] = m.required;
  if (!form.startsOn) errors['startsOn'] = m.required;
  if (form.endsOn && form.startsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.endsBeforeStart;
  if (form.timing === 'DATE_TIME' && !form.startTime) errors['startTime'] = m.required;
  if (form.timing === 'PERIOD' && !form.periodLabel.trim()) errors['periodLabel'] = m.required;
  if (form.recurrence && (form.count == null) === !form.until) errors['series.count'] = m.countOrUntil;
  if (!editing && !form[HOST_ID_FIELD[form.host]]) errors[HOST_ID_FIELD[form.host]] = m.required;
  return errors;
}

export function toEventInput(form: EventFormState): EventInput {
  return {
    title: form.title.trim(),
    kind: form.kind ?? 'OTHER',
    description: form.description.trim(),
    timing: form.timing,
    startsOn: form.startsOn,
    endsOn: blankToNull(form.endsOn),
    startTime: form.timing === 'DATE_TIME' ? blankToNull(form.startTime) : null,
    endTime: form.timing === 'DATE_TIME' ? blankToNull(form.endTime) : null,
    periodLabel: form.timing === 'PERIOD' ? blankToNull(form.periodLabel) : null,
    place: blankToNull(form.place),
    onlineUrl: blankToNull(form.onlineUrl),
    audience: form.audience.trim(),
    audienceTarget: form.audienceTarget,
    responsibleNote: form.responsibleNote.trim(),
    plannedResult: form.plannedResult.trim(),
    actualResult: form.actualResult.trim(),
    status: form.status,
    capacity: form.capacity,
    hours: form.hours,
    registrationOpen: form.registrationOpen,
    series: form.recurrence ? { frequency: form.recurrence, interval: form.interval || 1, count: form.count, until: form.count == null ? blankToNull(form.until) : null } : null,
    organizerIds: form.organizerIds,
    responsibleIds: form.responsibleIds,
    competenceIds: form.competenceIds,
  };
}

export function toCreateEventInput(form: EventFormState): CreateEventInput {
  return { ...toEventInput(form), ...hostInput(form.host, form) };
}
