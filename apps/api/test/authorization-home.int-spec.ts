import { HOME_CASES, HomeFixtures, homeFixtures } from './authorization/home.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Authorization rows of the landing pages: «Моя страница» and the school page. */
describe('authorization: home', () => {
  let t: TestApp;
  let fixtures: HomeFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    fixtures = await homeFixtures(t.db);
  });
  afterAll(() => t.close());

  describeOperationCases(HOME_CASES, () => ({ t, fixtures, tokens }));
});
