import { EventExceptionKind, EventRecurrence } from '@metodset/shared';
import { addMonths, occurrences, seriesDates, spanEnd, SeriesSource } from './event-occurrences';

const single: SeriesSource = {
  startsOn: '2026-10-05',
  endsOn: '2026-10-05',
  startsAt: new Date('2026-10-05T10:00:00+03:00'),
  endsAt: new Date('2026-10-05T12:00:00+03:00'),
  recurrence: null,
  recurrenceInterval: 1,
  recurrenceCount: null,
  recurrenceUntil: null,
  revision: 2,
};
const quarterly: SeriesSource = { ...single, startsAt: null, endsAt: null, startsOn: '2020-10-01', endsOn: '2020-12-31', recurrence: EventRecurrence.QUARTERLY, recurrenceUntil: '2023-12-31' };

describe('event occurrences', () => {
  it('gives a single event one occurrence identified by its start', () => {
    expect(occurrences(single)).toEqual([
      { occurrenceDate: '2026-10-05', startsOn: '2026-10-05', endsOn: '2026-10-05', startsAt: single.startsAt, endsAt: single.endsAt, cancelled: false, moved: false, note: '', revision: 2 },
    ]);
  });

  it('clamps month ends and keeps whole quarters whole', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2020-12-31', 6)).toBe('2021-06-30');
    const all = occurrences(quarterly);
    expect(all).toHaveLength(13);
    expect(all.slice(0, 3).map((o) => [o.startsOn, o.endsOn])).toEqual([
      ['2020-10-01', '2020-12-31'],
      ['2021-01-01', '2021-03-31'],
      ['2021-04-01', '2021-06-30'],
    ]);
    expect(spanEnd(quarterly)).toBe('2023-12-31');
  });

  it('generates weekly and monthly dates by count or until, never more than the limit', () => {
    expect(seriesDates({ ...single, recurrence: EventRecurrence.WEEKLY, recurrenceInterval: 2, recurrenceCount: 3 })).toEqual(['2026-10-05', '2026-10-19', '2026-11-02']);
    expect(seriesDates({ ...single, recurrence: EventRecurrence.MONTHLY, recurrenceUntil: '2027-01-04' })).toEqual(['2026-10-05', '2026-11-05', '2026-12-05']);
    expect(seriesDates({ ...single, recurrence: EventRecurrence.WEEKLY, recurrenceUntil: '2099-01-01' })).toHaveLength(60);
  });

  it('applies exceptions without changing the occurrence’s identity; their revision adds to the series’', () => {
    const series = { ...single, recurrence: EventRecurrence.MONTHLY, recurrenceCount: 3 };
    const all = occurrences(series, [
      { occurrenceDate: '2026-11-05', kind: EventExceptionKind.MOVED, startsOn: '2026-11-12', endsOn: '2026-11-12', startsAt: null, endsAt: null, note: 'Перенос', revision: 1 },
      { occurrenceDate: '2026-12-05', kind: EventExceptionKind.CANCELLED, startsOn: null, endsOn: null, startsAt: null, endsAt: null, note: '', revision: 0 },
    ]);
    expect(all.map((o) => [o.occurrenceDate, o.startsOn, o.moved, o.cancelled, o.revision])).toEqual([
      ['2026-10-05', '2026-10-05', false, false, 2],
      ['2026-11-05', '2026-11-12', true, false, 3],
      ['2026-12-05', '2026-12-05', false, true, 2],
    ]);
    // The moved occurrence keeps its time of day on the new date.
    expect(all[1].startsAt?.toISOString()).toBe('2026-11-12T07:00:00.000Z');
  });
});
