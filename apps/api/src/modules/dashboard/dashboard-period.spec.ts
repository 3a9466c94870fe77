import { dashboardPeriod, percentShare } from './dashboard-period';

describe('dashboardPeriod', () => {
  it('is the school year from 1 September to 31 August, every month in order', () => {
    const p = dashboardPeriod(2025, '2026-12-03');
    expect(p).toMatchObject({ schoolYear: 2025, label: '2025/2026', from: '2025-09-01', to: '2026-08-31' });
    expect(p.months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
  });

  it('defaults to the school year today falls in', () => {
    expect(dashboardPeriod(null, '2026-08-31').schoolYear).toBe(2025);
    expect(dashboardPeriod(undefined, '2026-09-01').schoolYear).toBe(2026);
  });

  it('shares in percent with one decimal, 0 of nothing', () => {
    expect(percentShare(1, 3)).toBe(33.3);
    expect(percentShare(2, 3)).toBe(66.7);
    expect(percentShare(5, 0)).toBe(0);
  });
});
