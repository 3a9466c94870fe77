import { createEvents, DateArray, EventAttributes } from 'ics';

/** One occurrence as the calendar sees it: a plain shape, independent of how events are stored. */
export interface IcalOccurrence {
  /** Stable id of the occurrence (a series' occurrence keeps its id across edits): the UID is built from it. */
  id: string;
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** All-day occurrences: dates `YYYY-MM-DD` (end inclusive); timed ones: instants. */
  allDay: boolean;
  start: Date | string;
  end?: Date | string | null;
  cancelled: boolean;
  /** The event's revision counter: SEQUENCE, so calendar programs update rather than duplicate. */
  revision: number;
  updatedAt?: Date | null;
  categories?: readonly string[];
}

export interface IcalCalendar {
  name: string;
  occurrences: readonly IcalOccurrence[];
}

export const ICAL_UID_DOMAIN = 'metodset';
export const icalUid = (occurrenceId: string): string => `${occurrenceId}@${ICAL_UID_DOMAIN}`;

const dateParts = (d: string): DateArray => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`Не дата: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const dayAfter = (d: string): DateArray => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
};
const isoDate = (v: Date | string): string => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));
const instant = (v: Date | string): number => (typeof v === 'string' ? Date.parse(v) : v.getTime());
const utcParts = (ms: number): DateArray => {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

function attributes(o: IcalOccurrence): EventAttributes {
  const base = {
    uid: icalUid(o.id),
    sequence: Math.max(0, Math.trunc(o.revision)),
    title: o.title,
    status: o.cancelled ? ('CANCELLED' as const) : ('CONFIRMED' as const),
    ...(o.description ? { description: o.description } : {}),
    ...(o.location ? { location: o.location } : {}),
    ...(o.url ? { url: o.url } : {}),
    ...(o.categories?.length ? { categories: [...o.categories] } : {}),
    ...(o.updatedAt ? { lastModified: o.updatedAt.getTime() } : {}),
  };
  if (o.allDay) {
    const start = isoDate(o.start);
    const last = o.end ? isoDate(o.end) : start;
    return { ...base, start: dateParts(start), end: dayAfter(last < start ? start : last) };
  }
  // Timed occurrences are written in UTC (…Z) throughout: no VTIMEZONE needed, every program converts.
  const startMs = instant(o.start);
  const endMs = o.end ? Math.max(instant(o.end), startMs) : startMs + 60 * 60 * 1000;
  return { ...base, start: utcParts(startMs), startInputType: 'utc', startOutputType: 'utc', end: utcParts(endMs), endInputType: 'utc', endOutputType: 'utc' };
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines of at most 75 octets, never splitting a UTF-8 character (Cyrillic is 2 octets). */
export function foldOctets(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let current = '';
      let size = 0;
      let limit = 75;
      for (const ch of line) {
        const n = encoder.encode(ch).length;
        if (size + n > limit) {
          parts.push(current);
          current = '';
          size = 0;
          limit = 74; // the continuation's leading space counts
        }
        current += ch;
        size += n;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** A VCALENDAR with one VEVENT per occurrence (UTF-8 text, CRLF lines). */
export function buildIcal(calendar: IcalCalendar): string {
  const events = calendar.occurrences.map(attributes);
  const header = { productId: '-//Metodset//Calendar//RU', method: 'PUBLISH', calName: calendar.name };
  if (!events.length) {
    // `ics` refuses an empty list; an empty feed is still a valid calendar.
    return foldOctets(
      ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${header.productId}`, 'METHOD:PUBLISH', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(calendar.name)}`, 'END:VCALENDAR', ''].join('\r\n'),
    );
  }
  const { error, value } = createEvents(events, header);
  if (error || value === null) throw error ?? new Error('iCal не собран');
  return foldOctets(value);
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
