import { STAGING_CASES, StagingFixtures, stagingFixtures } from './authorization/staging.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Authorization rows of staging sites and their internship programmes. */
describe('authorization: staging sites and programmes', () => {
  let t: TestApp;
  let fixtures: StagingFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    fixtures = await stagingFixtures(t.db);
  });
  afterAll(() => t.close());

  describeOperationCases(STAGING_CASES, () => ({ t, fixtures, tokens }));
});
