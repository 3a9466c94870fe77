import { describe, expect, it } from 'vitest';
import { parseDashboardQuery, schoolYearOfDate, schoolYearOptions, toDashboardQuery } from './dashboard-url';

const M = '11111111-1111-4111-8111-111111111111';
const R = '22222222-2222-4222-8222-222222222222';

describe('dashboard URL', () => {
  it('reads the territory and the school year, ignoring what is not an id or a year', () => {
    expect(parseDashboardQuery({ municipality: M, year: '2025' })).toEqual({ municipalityId: M, regionId: null, schoolYear: 2025 });
    expect(parseDashboardQuery({ region: R })).toEqual({ municipalityId: null, regionId: R, schoolYear: null });
    expect(parseDashboardQuery({ municipality: 'x', region: 'y', year: '1900' })).toEqual({ municipalityId: null, regionId: null, schoolYear: null });
    expect(parseDashboardQuery({ municipality: M, region: R }).regionId).toBeNull();
  });

  it('writes only what is set and keeps the other keys', () => {
    expect(toDashboardQuery({ municipalityId: null, regionId: R, schoolYear: 2024 }, { tab: 'x', year: '2020' })).toEqual({ tab: 'x', region: R, year: '2024' });
    expect(toDashboardQuery({ municipalityId: null, regionId: null, schoolYear: null })).toEqual({});
  });

  it('offers the current school year and five before it', () => {
    expect(schoolYearOfDate(new Date(2026, 8, 1))).toBe(2026);
    expect(schoolYearOfDate(new Date(2026, 7, 31))).toBe(2025);
    expect(schoolYearOptions(2026).map((o) => o.label)).toEqual(['2026/2027', '2025/2026', '2024/2025', '2023/2024', '2022/2023', '2021/2022']);
  });
});
