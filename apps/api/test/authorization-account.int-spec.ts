import { ACCOUNT_CASES, AccountFixtures, accountFixtures } from './authorization/account.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Authorization rows of one's own account: password and sessions. */
describe('authorization: own account', () => {
  let t: TestApp;
  let fixtures: AccountFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    fixtures = await accountFixtures(t.db);
  });
  afterAll(() => t.close());

  describeOperationCases(ACCOUNT_CASES, () => ({ t, fixtures, tokens }));

  it('leaves another account’s session open after the out-of-scope attempt', async () => {
    const rows = (await t.db.query('SELECT revoked_at FROM session WHERE id = $1', [fixtures.otherSession])) as { revoked_at: Date | null }[];
    expect(rows[0].revoked_at).toBeNull();
  });
});
