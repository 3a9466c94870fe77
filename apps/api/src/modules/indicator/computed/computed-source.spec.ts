import { yearPeriods } from './computed-source';

describe('computed indicators: the periods of an indicator', () => {
  it('one calendar year each, the current one up to today, future years left out', () => {
    expect(yearPeriods([2025, 2026, 2027], '2026-12-03')).toEqual([
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-12-03' },
    ]);
  });
  it('without baseline and targets: the current year and the four before it', () => {
    expect(yearPeriods([], '2026-12-03').map((p) => p.from)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
  });
});
