import { COMPUTED_CASES, ComputedFixtures, computedFixtures } from './authorization/computed.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Authorization rows of the computed indicators' drill-down. */
describe('authorization: computed indicators', () => {
  let t: TestApp;
  let fixtures: ComputedFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    fixtures = await computedFixtures(t.db);
  });
  afterAll(() => t.close());

  describeOperationCases(COMPUTED_CASES, () => ({ t, fixtures, tokens }));
});
