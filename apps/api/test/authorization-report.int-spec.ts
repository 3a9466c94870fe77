import { LIST_PDF_JOB_KIND } from '@metodset/shared';
import { JobService } from '../src/common/jobs/jobs.service';
import { REPORT_CASES, ReportFixtures } from './authorization/report.cases';
import { actorOf } from './support/job-actor';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may follow jobs, export lists to PDF and order monitoring reports: rows in test/authorization/report.cases.ts. */
describe('authorization: jobs and reports', () => {
  let t: TestApp;
  let fixtures: ReportFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const owner = await actorOf(t.db, 'methodist.podporozhye');
    const job = await t.app.get(JobService).enqueue(owner, LIST_PDF_JOB_KIND, { title: 'Список', header: [], columns: [{ header: 'А' }], rows: [['1']] }, 'PDF: Список');
    const m: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name LIKE 'Подпорожск%'`);
    fixtures = { jobId: job.id, podporozhyeId: m[0]!.id };
  });
  afterAll(() => t.close());

  describeOperationCases(REPORT_CASES, () => ({ t, fixtures, tokens }));
});
