import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '@metodset/shared';
import type { ArchiveFilter, EventFilter, EventKind, EventOrderField, EventStatus } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const EVENT_KINDS = Object.keys(EVENT_KIND_LABELS) as EventKind[];
export const EVENT_STATUSES = Object.keys(EVENT_STATUS_LABELS) as EventStatus[];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const queryDay = (v: unknown): string | null => {
  const s = queryString(v);
  return s && DAY.test(s) ? s : null;
};
const UUID = /^[0-9a-f-]{36}$/i;
const queryId = (v: unknown): string | null => {
  const s = queryString(v);
  return s && UUID.test(s) ? s : null;
};

/** Filters of the event list, as kept in the URL query. */
export interface EventListState {
  search: string | null;
  kind: EventKind | null;
  status: EventStatus | null;
  from: string | null;
  to: string | null;
  networkId: string | null;
  municipalityId: string | null;
  competenceId: string | null;
  archived: ArchiveFilter;
}

export function parseEventListQuery(query: LocationQuery): EventListState {
  return {
    search: queryString(query['q']),
    kind: queryOneOf(EVENT_KINDS, query['kind']),
    status: queryOneOf(EVENT_STATUSES, query['status']),
    from: queryDay(query['from']),
    to: queryDay(query['to']),
    networkId: queryId(query['network']),
    municipalityId: queryId(query['municipality']),
    competenceId: queryId(query['competence']),
    archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE',
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toEventListQuery(s: EventListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (s.search) query['q'] = s.search;
  if (s.kind) query['kind'] = s.kind;
  if (s.status) query['status'] = s.status;
  if (s.from) query['from'] = s.from;
  if (s.to) query['to'] = s.to;
  if (s.networkId) query['network'] = s.networkId;
  if (s.municipalityId) query['municipality'] = s.municipalityId;
  if (s.competenceId) query['competence'] = s.competenceId;
  if (s.archived !== 'ACTIVE') query['archived'] = s.archived;
  return query;
}

export function toEventFilter(s: EventListState): EventFilter {
  return {
    search: s.search,
    kind: s.kind,
    status: s.status,
    from: s.from,
    to: s.to,
    networkId: s.networkId,
    municipalityId: s.municipalityId,
    competenceId: s.competenceId,
    archived: s.archived,
  };
}

export const eventListCodec: ListCodec<EventListState, EventOrderField> = {
  parse: parseEventListQuery,
  serialize: toEventListQuery,
  sortFields: ['STARTS_ON', 'TITLE', 'KIND', 'HOST', 'STATUS', 'REGISTERED_COUNT'],
  defaultSort: { field: 'STARTS_ON', direction: 'DESC' },
};

/** When an event takes place, as people say it: the plan's period, the day (with time), or the days. */
export function eventWhen(
  e: { timing: string; startsOn: string; endsOn: string; startsAt?: string | null; periodLabel?: string | null },
  fmt: { date: (v: string) => string; dateTime: (v: string) => string },
): string {
  if (e.timing === 'PERIOD' && e.periodLabel) return e.periodLabel;
  if (e.timing === 'DATE_TIME' && e.startsAt) return fmt.dateTime(e.startsAt);
  return e.endsOn !== e.startsOn ? `${fmt.date(e.startsOn)} – ${fmt.date(e.endsOn)}` : fmt.date(e.startsOn);
}
