import { EVENT_SERIES_MAX_OCCURRENCES, EventExceptionKind, EventRecurrence } from '@metodset/shared';

/** What the occurrences are generated from (an event row or a form being checked). */
export interface SeriesSource {
  startsOn: string;
  endsOn: string;
  startsAt: Date | null;
  endsAt: Date | null;
  recurrence: EventRecurrence | null;
  recurrenceInterval: number;
  recurrenceCount: number | null;
  recurrenceUntil: string | null;
  revision: number;
}

export interface SeriesException {
  occurrenceDate: string;
  kind: EventExceptionKind;
  startsOn: string | null;
  endsOn: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  note: string;
  revision: number;
}

/** One occurrence: its identity is the date the rule generated, whatever an exception did to it. */
export interface Occurrence {
  occurrenceDate: string;
  startsOn: string;
  endsOn: string;
  startsAt: Date | null;
  endsAt: Date | null;
  cancelled: boolean;
  moved: boolean;
  note: string;
  revision: number;
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => iso(new Date(toDate(day).getTime() + n * DAY));
const daysBetween = (a: string, b: string) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY);

/** The n-th month after `day`, the day of month kept or clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, n: number): string {
  const d = toDate(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

/** The dates a rule generates, from the first one (inclusive), at most EVENT_SERIES_MAX_OCCURRENCES. */
export function seriesDates(s: Pick<SeriesSource, 'startsOn' | 'recurrence' | 'recurrenceInterval' | 'recurrenceCount' | 'recurrenceUntil'>): string[] {
  if (!s.recurrence) return [s.startsOn];
  const step = Math.max(1, s.recurrenceInterval);
  const limit = Math.min(s.recurrenceCount ?? EVENT_SERIES_MAX_OCCURRENCES, EVENT_SERIES_MAX_OCCURRENCES);
  const out: string[] = [];
  for (let i = 0; out.length < limit; i++) {
    const day =
      s.recurrence === EventRecurrence.WEEKLY ? addDays(s.startsOn, 7 * step * i) : addMonths(s.startsOn, (s.recurrence === EventRecurrence.QUARTERLY ? 3 : 1) * step * i);
    if (s.recurrenceUntil && day > s.recurrenceUntil) break;
    out.push(day);
  }
  return out;
}

const shift = (t: Date | null, days: number) => (t ? new Date(t.getTime() + days * DAY) : null);

/**
 * The occurrences of an event: one for a single event; for a series one per generated date, with its exception
 * applied (moved: new dates; cancelled: kept and marked, so its identity and SEQUENCE stay). Sorted by actual start.
 */
export function occurrences(s: SeriesSource, exceptions: readonly SeriesException[] = []): Occurrence[] {
  const length = daysBetween(s.startsOn, s.endsOn);
  const byDate = new Map(exceptions.map((x) => [x.occurrenceDate, x]));
  return seriesDates(s)
    .map((date, i): Occurrence => {
      const offset = daysBetween(s.startsOn, date);
      // Month-based series keep the calendar shape: a whole month or quarter stays one (31 Dec + 3 months = 31 Mar).
      const months = s.recurrence === EventRecurrence.MONTHLY ? s.recurrenceInterval * i : s.recurrence === EventRecurrence.QUARTERLY ? 3 * s.recurrenceInterval * i : 0;
      const base: Occurrence = {
        occurrenceDate: date,
        startsOn: date,
        endsOn: months ? addMonths(s.endsOn, months) : addDays(date, length),
        startsAt: shift(s.startsAt, offset),
        endsAt: shift(s.endsAt, offset),
        cancelled: false,
        moved: false,
        note: '',
        revision: s.revision,
      };
      const x = byDate.get(date);
      if (!x) return base;
      if (x.kind === EventExceptionKind.CANCELLED) return { ...base, cancelled: true, note: x.note, revision: s.revision + x.revision };
      return {
        ...base,
        startsOn: x.startsOn ?? base.startsOn,
        endsOn: x.endsOn ?? base.endsOn,
        startsAt: x.startsAt ?? (x.startsOn ? shift(s.startsAt, daysBetween(s.startsOn, x.startsOn)) : base.startsAt),
        endsAt: x.endsAt ?? (x.startsOn ? shift(s.endsAt, daysBetween(s.startsOn, x.startsOn)) : base.endsAt),
        moved: true,
        note: x.note,
        revision: s.revision + x.revision,
      };
    })
    .sort((a, b) => (a.startsOn === b.startsOn ? a.occurrenceDate.localeCompare(b.occurrenceDate) : a.startsOn.localeCompare(b.startsOn)));
}

/** The last day of any occurrence (moved ones too): the event's `span_ends_on`. */
export function spanEnd(s: SeriesSource, exceptions: readonly SeriesException[] = []): string {
  return occurrences(s, exceptions).reduce((max, o) => (o.endsOn > max ? o.endsOn : max), s.endsOn);
}
