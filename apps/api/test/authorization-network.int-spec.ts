import { NETWORK_CASES, NetworkConsentFixtures } from './authorization/network.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** Who may answer network invitations and leave networks: rows in test/authorization/network.cases.ts. */
describe('authorization: networks by consent', () => {
  let t: TestApp;
  let fixtures: NetworkConsentFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const [methodist] = (await t.db.query(`SELECT id FROM account WHERE login = 'methodist.podporozhye'`)) as { id: string }[];
    const member = async (networkKey: string, status: string) => {
      const rows = (await t.db.query(
        `INSERT INTO network_member (network_id, organization_id, role, status, invited_by_account_id, invited_at)
         SELECT n.id, $2, 'PARTICIPANT', $3, $4, now() FROM network n WHERE n.external_id = $1 RETURNING id`,
        [networkKey, org12, status, methodist.id],
      )) as { id: string }[];
      return rows[0].id;
    };
    fixtures = {
      org12,
      inviteToAccept: await member('demo:network:podporozhye-shkola-shkole', 'INVITED'),
      inviteToDecline: await member('demo:network:timashevsk-krc', 'INVITED'),
      memberToLeave: await member('demo:network:budem-druzhit-shkolami', 'ACCEPTED'),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(NETWORK_CASES, () => ({ t, fixtures, tokens }));
});
