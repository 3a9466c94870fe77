import * as ical from 'node-ical';
import { buildIcal, foldOctets, icalUid, IcalOccurrence } from './ical';

const occurrence = (over: Partial<IcalOccurrence> = {}): IcalOccurrence => ({
  id: '7f0c1e1a-0000-4000-8000-000000000001',
  title: 'Методическая сессия «Будем знакомы»; сеть, школы\\дружба',
  description: 'Повестка:\nзнакомство, планы на год',
  location: 'г. Воркута, МОУ «СОШ № 12»',
  allDay: false,
  start: new Date('2026-09-15T07:00:00Z'),
  end: new Date('2026-09-15T09:30:00Z'),
  cancelled: false,
  revision: 0,
  ...over,
});

const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');

describe('buildIcal', () => {
  it('writes occurrences that an iCal parser reads back: UID, SEQUENCE, Cyrillic SUMMARY, escaped text, UTC times', () => {
    const text = buildIcal({ name: 'Календарь сети', occurrences: [occurrence({ revision: 3 })] });
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('\r\n');
    const [e] = events(text);
    expect(e.uid).toBe(icalUid('7f0c1e1a-0000-4000-8000-000000000001'));
    expect(e.uid).toBe('7f0c1e1a-0000-4000-8000-000000000001@metodset');
    expect(Number(e.sequence)).toBe(3);
    expect(String(e.summary)).toBe('Методическая сессия «Будем знакомы»; сеть, школы\\дружба');
    expect(String(e.description)).toBe('Повестка:\nзнакомство, планы на год');
    expect(String(e.location)).toBe('г. Воркута, МОУ «СОШ № 12»');
    expect(e.start.toISOString()).toBe('2026-09-15T07:00:00.000Z');
    expect(e.end?.toISOString()).toBe('2026-09-15T09:30:00.000Z');
    expect(String(e.status)).toBe('CONFIRMED');
  });

  it('marks a cancelled occurrence STATUS:CANCELLED and keeps its UID', () => {
    const [e] = events(buildIcal({ name: 'К', occurrences: [occurrence({ cancelled: true, revision: 5 })] }));
    expect(String(e.status)).toBe('CANCELLED');
    expect(Number(e.sequence)).toBe(5);
    expect(e.uid).toBe('7f0c1e1a-0000-4000-8000-000000000001@metodset');
  });

  it('writes all-day periods as dates with an exclusive end', () => {
    const text = buildIcal({ name: 'К', occurrences: [occurrence({ allDay: true, start: '2026-10-05', end: '2026-10-07' })] });
    expect(text).toContain('DTSTART;VALUE=DATE:20261005');
    expect(text).toContain('DTEND;VALUE=DATE:20261008');
    const [e] = events(text);
    expect(e.datetype).toBe('date');
  });

  it('keeps the same UIDs for the same occurrences, SEQUENCE following the revision', () => {
    const a = events(buildIcal({ name: 'К', occurrences: [occurrence(), occurrence({ id: 'b' })] }));
    const b = events(buildIcal({ name: 'К', occurrences: [occurrence({ revision: 1, title: 'Новое название' }), occurrence({ id: 'b', revision: 1 })] }));
    expect(a.map((e) => e.uid).sort()).toEqual(b.map((e) => e.uid).sort());
    expect(b.map((e) => Number(e.sequence))).toEqual([1, 1]);
    expect(String(b[0].summary)).toBe('Новое название');
  });

  it('folds long Cyrillic lines at 75 octets without splitting a character', () => {
    const long = 'Марафон мастер-классов «ПРЕобразование» '.repeat(6);
    const text = buildIcal({ name: 'К', occurrences: [occurrence({ title: long })] });
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(String(events(text)[0].summary)).toBe(long);
    expect(foldOctets('A\r\nB')).toBe('A\r\nB');
  });

  it('gives a valid empty calendar when nothing matches', () => {
    const text = buildIcal({ name: 'Пусто, но; валидно', occurrences: [] });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-CALNAME:Пусто\\, но\\; валидно');
    expect(events(text)).toEqual([]);
  });
});
