import { describe, expect, it } from 'vitest';
import { backLink, indicatorLink, isDashboardMetric, rowsInput, rowsLink } from './dashboard-rows';

const base = { from: '2025-09-01', to: '2026-08-31', schoolYear: 2025 };
const M = '11111111-1111-4111-8111-111111111111';
const N = '22222222-2222-4222-8222-222222222222';

describe('dashboard rows links', () => {
  it('opens the rows of a number with the same subject and school year', () => {
    expect(rowsLink({ ...base, kind: 'MUNICIPALITY', subjectId: M }, 'TEACHERS')).toEqual({
      name: 'dashboard-rows',
      params: { metric: 'TEACHERS' },
      query: { year: '2025', municipality: M },
    });
    expect(rowsLink({ ...base, kind: 'NETWORK', subjectId: N }, 'VISITS')).toMatchObject({ query: { year: '2025', network: N } });
    expect(rowsLink({ ...base, kind: 'PROGRAM', subjectId: N }, 'PAIRS')).toMatchObject({ query: { year: '2025', programme: N } });
    expect(rowsLink({ ...base, kind: 'PLATFORM', subjectId: null }, 'EVENTS')).toMatchObject({ query: { year: '2025' } });
  });

  it('reads the subject and the year back from the URL, one subject at most, ignoring junk', () => {
    expect(rowsInput({ municipality: M, network: N, year: '2024' })).toEqual({ schoolYear: 2024, municipalityId: M });
    expect(rowsInput({ programme: N })).toEqual({ schoolYear: null, programId: N });
    expect(rowsInput({ municipality: 'nope', year: '1999' })).toEqual({ schoolYear: null });
    expect(isDashboardMetric('TEACHERS')).toBe(true);
    expect(isDashboardMetric('DROP')).toBe(false);
  });

  it('goes back to the dashboard it came from', () => {
    expect(backLink({ networkId: N, schoolYear: 2024 })).toEqual({ name: 'dashboard-network', params: { id: N }, query: { year: '2024' } });
    expect(backLink({ municipalityId: M, schoolYear: null })).toEqual({ name: 'dashboard-territory', query: { municipality: M } });
  });

  it('opens a computed indicator with the drill-down of the value shown, a manual one on its page', () => {
    const latest = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };
    expect(indicatorLink({ id: 'i1', kind: 'COMPUTED', latest })).toEqual({ name: 'indicator', params: { id: 'i1' }, query: { d_from: '2025-01-01', d_to: '2025-12-31' } });
    expect(indicatorLink({ id: 'i2', kind: 'MANUAL', latest })).toEqual({ name: 'indicator', params: { id: 'i2' }, query: {} });
  });
});
