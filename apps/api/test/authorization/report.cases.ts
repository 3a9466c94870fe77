import { OperationCases } from '../support/operation-cases';

/** A job of methodist.podporozhye and the Podporozhye municipality (authorization-report). */
export interface ReportFixtures {
  jobId: string;
  podporozhyeId: string;
}

const Q = {
  job: `query($id: ID!) { job(id: $id) { id state progress } }`,
  myJobs: `query { myJobs { id title } }`,
  exportListPdf: `mutation { exportListPdf(input: { title: "Организации", header: [{ label: "Период", value: "на 03.12.2026" }], columns: [{ header: "Название" }], rows: [["СОШ №1"]] }) { id state } }`,
  orderReport: `mutation($m: ID) { orderReport(input: { kind: NETWORK_INTERACTION, format: XLSX, municipalityId: $m, from: "2025-09-01", to: "2026-01-31" }) { id state } }`,
};
type F = ReportFixtures;

export const REPORT_CASES: OperationCases<F> = {
  job: {
    allowed: { as: 'methodist.podporozhye', query: Q.job, vars: (f) => ({ id: f.jobId }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.job, vars: (f) => ({ id: f.jobId }), code: 'NOT_FOUND' },
    anonymous: { query: Q.job, vars: (f) => ({ id: f.jobId }), expect: 'UNAUTHENTICATED' },
  },
  myJobs: {
    allowed: { as: 'teacher.filippov', query: Q.myJobs, check: (d) => expect(d['myJobs']).toEqual([]) },
    anonymous: { query: Q.myJobs, expect: 'UNAUTHENTICATED' },
  },
  exportListPdf: {
    allowed: { as: 'teacher.filippov', query: Q.exportListPdf, check: (d) => expect(d['exportListPdf']).toMatchObject({ state: 'QUEUED' }) },
    anonymous: { query: Q.exportListPdf, expect: 'UNAUTHENTICATED' },
  },
  orderReport: {
    allowed: { as: 'methodist.podporozhye', query: Q.orderReport, vars: (f) => ({ m: f.podporozhyeId }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.orderReport, vars: (f) => ({ m: f.podporozhyeId }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.orderReport, vars: (f) => ({ m: f.podporozhyeId }) },
    anonymous: { query: Q.orderReport, vars: (f) => ({ m: f.podporozhyeId }), expect: 'UNAUTHENTICATED' },
  },
};
