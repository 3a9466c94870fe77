import { EventExceptionKind, EventKind, EventRecurrence, EventStatus, EventTiming } from '@metodset/shared';
import * as ical from 'node-ical';
import { buildIcal } from './ical';
import { CalendarEventSource, calendarEntries, icalOccurrenceOf } from './calendar-occurrences';

const event = (over: Partial<CalendarEventSource> = {}): CalendarEventSource => ({
  id: 'e1',
  title: 'Заседание координационного совета',
  kind: EventKind.COORDINATION_COUNCIL,
  timing: EventTiming.DATE,
  description: '',
  place: 'МБОУ СОШ №1',
  onlineUrl: null,
  periodLabel: null,
  status: EventStatus.PLANNED,
  updatedAt: new Date('2026-09-01T00:00:00Z'),
  startsOn: '2026-09-15',
  endsOn: '2026-09-15',
  startsAt: null,
  endsAt: null,
  recurrence: null,
  recurrenceInterval: 1,
  recurrenceCount: null,
  recurrenceUntil: null,
  revision: 0,
  ...over,
});

describe('calendarEntries', () => {
  it('keeps a single event under its own id, all-day by date', () => {
    const [e] = calendarEntries([event()], new Map(), '2026-09-01', '2026-09-30');
    expect(e).toMatchObject({ id: 'e1', eventId: 'e1', allDay: true, startsAt: '2026-09-15', endsAt: '2026-09-15', cancelled: false });
  });

  it('expands a quarterly series, applies a move and a cancellation, and keeps the generated date as identity', () => {
    const series = event({ recurrence: EventRecurrence.QUARTERLY, recurrenceCount: 4, revision: 2 });
    const exceptions = new Map([
      [
        'e1',
        [
          { occurrenceDate: '2026-12-15', kind: EventExceptionKind.MOVED, startsOn: '2026-12-22', endsOn: '2026-12-22', startsAt: null, endsAt: null, note: '', revision: 1 },
          { occurrenceDate: '2027-03-15', kind: EventExceptionKind.CANCELLED, startsOn: null, endsOn: null, startsAt: null, endsAt: null, note: 'Карантин', revision: 3 },
        ],
      ],
    ]);
    const all = calendarEntries([series], exceptions, '2026-01-01', '2027-12-31');
    expect(all.map((o) => [o.id, o.startsAt, o.cancelled, o.revision])).toEqual([
      ['e1_2026-09-15', '2026-09-15', false, 2],
      ['e1_2026-12-15', '2026-12-22', false, 3],
      ['e1_2027-03-15', '2027-03-15', true, 5],
      ['e1_2027-06-15', '2027-06-15', false, 2],
    ]);
    // Only what touches the range.
    expect(calendarEntries([series], exceptions, '2026-12-01', '2026-12-31').map((o) => o.id)).toEqual(['e1_2026-12-15']);
    expect(calendarEntries([series], exceptions, '2026-12-16', '2026-12-20')).toEqual([]);
  });

  it('gives timed events their instants and marks a cancelled event cancelled', () => {
    const timed = event({ timing: EventTiming.DATE_TIME, startsOn: '2026-10-05', endsOn: '2026-10-05', startsAt: new Date('2026-10-05T07:00:00Z'), endsAt: new Date('2026-10-05T09:00:00Z'), status: EventStatus.CANCELLED });
    const [e] = calendarEntries([timed], new Map(), '2026-10-01', '2026-10-31');
    expect(e).toMatchObject({ allDay: false, startsAt: '2026-10-05T07:00:00.000Z', endsAt: '2026-10-05T09:00:00.000Z', cancelled: true });
  });

  it('turns entries into an iCal feed a parser reads: the kind and the period in the description', () => {
    const period = event({ id: 'e2', title: 'Фестиваль открытых уроков «Классная работа»', kind: EventKind.FESTIVAL, timing: EventTiming.PERIOD, periodLabel: 'март 2027', startsOn: '2027-03-01', endsOn: '2027-03-31' });
    const text = buildIcal({ name: 'Календарь', occurrences: calendarEntries([period], new Map(), '2027-03-01', '2027-03-31').map((o) => icalOccurrenceOf(o, 'https://metodset.example/events/e2')) });
    const [v] = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(v.uid).toBe('e2@metodset');
    expect(String(v.summary)).toBe('Фестиваль открытых уроков «Классная работа»');
    expect(String(v.description)).toContain('Фестиваль\nСроки: март 2027');
    expect(String(v.description)).toContain('Подробнее: https://metodset.example/events/e2');
    expect(text).toContain('DTEND;VALUE=DATE:20270401');
  });
});
