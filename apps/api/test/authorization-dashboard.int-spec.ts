import { DASHBOARD_CASES, DashboardFixtures } from './authorization/dashboard.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Authorization rows of the dashboards. */
describe('authorization: dashboard', () => {
  let t: TestApp;
  let fixtures: DashboardFixtures;
  const tokens = new Tokens(() => t);
  const id = async (sql: string) => ((await t.db.query(sql)) as { id: string }[])[0]!.id;

  beforeAll(async () => {
    t = await startTestApp();
    fixtures = {
      podporozhye: await id(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`),
      timashevsk: await id(`SELECT id FROM municipality WHERE name LIKE 'Тимашевский%'`),
    };
  });
  afterAll(() => t.close());

  describeOperationCases(DASHBOARD_CASES, () => ({ t, fixtures, tokens }));
});
