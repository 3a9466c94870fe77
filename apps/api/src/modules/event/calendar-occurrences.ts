import { EVENT_KIND_LABELS, EventKind, EventStatus, EventTiming } from '@metodset/shared';
import { IcalOccurrence } from './ical';
import { occurrences, SeriesException, SeriesSource } from './event-occurrences';

/** What the calendar needs of an event (a row of EVENTS' `event`). */
export interface CalendarEventSource extends SeriesSource {
  id: string;
  title: string;
  kind: EventKind;
  timing: EventTiming;
  description: string;
  place: string | null;
  onlineUrl: string | null;
  periodLabel: string | null;
  status: EventStatus;
  updatedAt: Date;
}

/** One occurrence on the calendar: a series expanded, its exceptions applied. */
export interface CalendarEntry {
  /** `<event id>` for a single event; `<event id>_<generated date>` for an occurrence of a series (stable across moves). */
  id: string;
  eventId: string;
  title: string;
  kind: EventKind;
  allDay: boolean;
  /** ISO date (all-day) or instant. */
  startsAt: string;
  endsAt: string | null;
  cancelled: boolean;
  revision: number;
  place: string | null;
  onlineUrl: string | null;
  description: string;
  periodLabel: string | null;
  updatedAt: Date;
}

/**
 * The occurrences of these events that touch [from, to] (dates, inclusive), sorted by start. A single event keeps the
 * event id as its identity (its date may change); a series' occurrence is identified by the date the rule generated.
 */
export function calendarEntries(
  events: readonly CalendarEventSource[],
  exceptions: ReadonlyMap<string, readonly SeriesException[]>,
  from: string,
  to: string,
): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const e of events) {
    const timed = e.timing === EventTiming.DATE_TIME && e.startsAt !== null;
    for (const o of occurrences(e, exceptions.get(e.id) ?? [])) {
      if (o.endsOn < from || o.startsOn > to) continue;
      out.push({
        id: e.recurrence ? `${e.id}_${o.occurrenceDate}` : e.id,
        eventId: e.id,
        title: e.title,
        kind: e.kind,
        allDay: !timed,
        startsAt: timed && o.startsAt ? o.startsAt.toISOString() : o.startsOn,
        endsAt: timed ? (o.endsAt?.toISOString() ?? null) : o.endsOn,
        cancelled: o.cancelled || e.status === EventStatus.CANCELLED,
        revision: o.revision,
        place: e.place,
        onlineUrl: e.onlineUrl,
        description: e.description,
        periodLabel: e.timing === EventTiming.PERIOD ? e.periodLabel : null,
        updatedAt: e.updatedAt,
      });
    }
  }
  // A date sorts before the instants of its day (it is their prefix).
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

/** An entry as the iCal builder wants it: kind and period in the description, the online link as URL. */
export function icalOccurrenceOf(e: CalendarEntry, eventUrl: string | null): IcalOccurrence {
  const lines = [EVENT_KIND_LABELS[e.kind], e.periodLabel ? `Сроки: ${e.periodLabel}` : null, e.description || null, e.onlineUrl ? `Ссылка: ${e.onlineUrl}` : null, eventUrl ? `Подробнее: ${eventUrl}` : null];
  return {
    id: e.id,
    title: e.title,
    description: lines.filter((l): l is string => !!l).join('\n'),
    location: e.place ?? e.onlineUrl,
    url: eventUrl ?? e.onlineUrl,
    allDay: e.allDay,
    start: e.allDay ? e.startsAt : new Date(e.startsAt),
    end: e.endsAt === null ? null : e.allDay ? e.endsAt : new Date(e.endsAt),
    cancelled: e.cancelled,
    revision: e.revision,
    updatedAt: e.updatedAt,
    categories: [EVENT_KIND_LABELS[e.kind]],
  };
}
