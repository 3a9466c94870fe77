import { describe, expect, it } from 'vitest';
import { indicatorsChartOption, indicatorValue, monthShort, monthsChartOption } from './dashboard-logic';

describe('dashboard charts', () => {
  it('draws events, participants and completed internships per month', () => {
    const o = monthsChartOption([{ month: '2025-09', events: 2, participants: 5, visits: 6, internshipsCompleted: 1 }], { events: 'E', participants: 'P', internships: 'I' });
    expect(o.xAxis.data).toEqual(['сен 2025']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['E', [2]],
      ['P', [5]],
      ['I', [1]],
    ]);
    expect(monthShort('2026-01')).toBe('янв 2026');
  });

  it('draws a line per indicator with at least two values, on the union of their periods', () => {
    const o = indicatorsChartOption([
      { name: 'A', actuals: [{ periodEnd: '2024-12-31', value: 10 }, { periodEnd: '2025-12-31', value: 12 }] },
      { name: 'B', actuals: [{ periodEnd: '2025-12-31', value: 3 }] },
    ]);
    expect(o.xAxis.data).toEqual(['31.12.2024', '31.12.2025']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([['A', [10, 12]]]);
  });

  it('names a computed indicator’s line with as of when its stored values are', () => {
    const two = [
      { periodEnd: '2024-12-31', value: 10 },
      { periodEnd: '2025-12-31', value: 12 },
    ];
    const o = indicatorsChartOption(
      [
        { name: 'Расчётный', actuals: two, recalculatedAt: '2026-12-04T08:30:00Z' },
        { name: 'Ручной', actuals: two, recalculatedAt: null },
      ],
      (at) => `по состоянию на ${at.slice(0, 10)}`,
    );
    expect(o.series.map((s) => s.name)).toEqual(['Расчётный (по состоянию на 2026-12-04)', 'Ручной']);
  });

  it('writes an indicator value in its unit', () => {
    const pct = (v: number) => `${v} %`;
    const num = (v: number) => String(v);
    expect(indicatorValue('PERCENT', 33.3, pct, num)).toBe('33.3 %');
    expect(indicatorValue('COUNT', 12, pct, num)).toBe('12');
    expect(indicatorValue('COUNT', null, pct, num)).toBe('—');
  });
});
