import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryOneOf, queryString } from '@/common/format';

export const CALENDAR_VIEWS = ['month', 'week', 'list'] as const;
export type CalendarViewKind = (typeof CALENDAR_VIEWS)[number];

/** FullCalendar's view for each of ours: a month grid, a week with hours, a month as a list. */
export const FULLCALENDAR_VIEW: Record<CalendarViewKind, string> = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' };
export const viewOfFullCalendar = (type: string): CalendarViewKind =>
  (Object.entries(FULLCALENDAR_VIEW).find(([, t]) => t === type)?.[0] as CalendarViewKind | undefined) ?? 'month';

export interface CalendarFilters {
  networkId: string | null;
  municipalityId: string | null;
  kind: string | null;
  competenceId: string | null;
}

/** What the calendar page keeps in the URL: the view, the date it shows and the filters. */
export interface CalendarUrlState extends CalendarFilters {
  view: CalendarViewKind | null;
  date: string | null;
}

export const CALENDAR_FILTER_KEYS = ['networkId', 'municipalityId', 'kind', 'competenceId'] as const;
const URL_KEYS: Record<keyof CalendarFilters, string> = { networkId: 'network', municipalityId: 'municipality', kind: 'kind', competenceId: 'competence' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCalendarQuery(query: LocationQuery): CalendarUrlState {
  const date = queryString(query.date);
  return {
    view: queryOneOf(CALENDAR_VIEWS, query.view),
    date: date && ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)) ? date : null,
    networkId: queryString(query[URL_KEYS.networkId]),
    municipalityId: queryString(query[URL_KEYS.municipalityId]),
    kind: queryString(query[URL_KEYS.kind]),
    competenceId: queryString(query[URL_KEYS.competenceId]),
  };
}

/** Our keys written over the current query; every other key stays. Empty values leave the URL. */
export function serializeCalendarQuery(current: LocationQuery, state: CalendarUrlState): LocationQueryRaw {
  const next: LocationQueryRaw = { ...current };
  const put = (key: string, value: string | null) => {
    if (value) next[key] = value;
    else delete next[key];
  };
  put('view', state.view);
  put('date', state.date);
  for (const k of CALENDAR_FILTER_KEYS) put(URL_KEYS[k], state[k]);
  return next;
}

/** Phones get the list by default: a month grid is unreadable under 768 px. */
export const PHONE_QUERY = '(max-width: 767.98px)';
export function defaultView(isPhone: boolean): CalendarViewKind {
  return isPhone ? 'list' : 'month';
}

/** A local date as `YYYY-MM-DD` (FullCalendar hands local midnights). */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
