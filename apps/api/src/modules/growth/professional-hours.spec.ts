import { ProfessionalHoursKind } from '@metodset/shared';
import { HoursFact, hoursByYear } from './professional-hours';

const fact = (onDate: string, hours: number | null, kind = ProfessionalHoursKind.EVENT): HoursFact => ({
  personId: 'p',
  onDate,
  kind,
  title: `${kind} ${onDate}`,
  hours,
  eventId: null,
  certificateNumber: null,
});

describe('hoursByYear', () => {
  it('sums per school year (September to August), latest year first, rows latest first', () => {
    const years = hoursByYear('p', [
      fact('2025-09-01', 2),
      fact('2026-08-31', 16, ProfessionalHoursKind.INTERNSHIP_MODULE),
      fact('2025-08-31', 4),
      fact('2026-09-01', 0.5),
    ]);
    expect(years.map((y) => [y.label, y.totalHours, y.rows.map((r) => r.onDate)])).toEqual([
      ['2026/2027', 0.5, ['2026-09-01']],
      ['2025/2026', 18, ['2026-08-31', '2025-09-01']],
      ['2024/2025', 4, ['2025-08-31']],
    ]);
  });

  it('keeps an event without hours as a row but counts it in no total', () => {
    const [year] = hoursByYear('p', [fact('2026-01-10', null), fact('2026-01-11', 0.1), fact('2026-01-12', 0.2)]);
    expect(year.totalHours).toBe(0.3);
    expect(year.rows).toHaveLength(3);
  });

  it('gives no years for no facts', () => {
    expect(hoursByYear('p', [])).toEqual([]);
  });
});
