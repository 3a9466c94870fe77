import { OperationCases } from '../support/operation-cases';

/** Fixtures of the dashboard rows: demo territories. */
export interface DashboardFixtures {
  podporozhye: string;
  timashevsk: string;
}

const Q = {
  dashboard: 'query($input: DashboardInput) { dashboard(input: $input) { kind title teachers mentoring { pairs } } }',
  dashboardRows: 'query($input: DashboardInput, $m: DashboardMetric!) { dashboardRows(input: $input, metric: $m, first: 10) { totalCount nodes { id name } } }',
  dashboardExport: 'query($input: DashboardInput, $f: DashboardExportFormat!) { dashboardExport(input: $input, format: $f) { fileName size } }',
};

type F = DashboardFixtures;
const podp = (f: F) => ({ input: { municipalityId: f.podporozhye } });
const tim = (f: F) => ({ input: { municipalityId: f.timashevsk } });

export const DASHBOARD_CASES: OperationCases<F> = {
  dashboard: {
    allowed: { as: 'methodist.podporozhye', query: Q.dashboard, vars: podp, check: (d) => expect((d.dashboard as { teachers: number }).teachers).toBe(32) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.dashboard, vars: tim },
    forbidden: { as: 'school12.vorkuta', query: Q.dashboard, vars: podp },
    anonymous: { query: Q.dashboard, vars: podp, expect: 'UNAUTHENTICATED' },
  },
  dashboardRows: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.dashboardRows,
      vars: (f) => ({ ...podp(f), m: 'TEACHERS' }),
      check: (d) => expect((d.dashboardRows as { totalCount: number }).totalCount).toBe(32),
    },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.dashboardRows, vars: (f) => ({ ...tim(f), m: 'TEACHERS' }) },
    forbidden: { as: 'school12.vorkuta', query: Q.dashboardRows, vars: (f) => ({ ...podp(f), m: 'TEACHERS' }) },
    anonymous: { query: Q.dashboardRows, vars: (f) => ({ ...podp(f), m: 'TEACHERS' }), expect: 'UNAUTHENTICATED' },
  },
  dashboardExport: {
    allowed: {
      as: 'coordinator.lo',
      query: Q.dashboardExport,
      vars: (f) => ({ ...podp(f), f: 'XLSX' }),
      check: (d) => expect((d.dashboardExport as { size: number }).size).toBeGreaterThan(0),
    },
    outOfScope: { as: 'coordinator.lo', code: 'NOT_FOUND', query: Q.dashboardExport, vars: (f) => ({ ...tim(f), f: 'PDF' }) },
    forbidden: { as: 'teacher.filippov', query: Q.dashboardExport, vars: (f) => ({ ...podp(f), f: 'PDF' }) },
    anonymous: { query: Q.dashboardExport, vars: (f) => ({ ...podp(f), f: 'PDF' }), expect: 'UNAUTHENTICATED' },
  },
};
