import { COMPETENCE_CASES, CompetenceFixtures, competenceFixtures } from './authorization/competence.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Authorization rows of competency frameworks and the bank of diagnostic methods. */
describe('authorization: competence and instruments', () => {
  let t: TestApp;
  let fixtures: CompetenceFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    fixtures = await competenceFixtures(t.db);
  });
  afterAll(() => t.close());

  describeOperationCases(COMPETENCE_CASES, () => ({ t, fixtures, tokens }));
});
