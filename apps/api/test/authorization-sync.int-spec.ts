import { SYNC_CASES, SyncFixtures } from './authorization/sync.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { isoDay } from './support/route-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Who may sync, read the change feed and keep webhooks: rows in test/authorization/sync.cases.ts. */
describe('authorization: sync, change feed, webhooks', () => {
  let t: TestApp;
  let fixtures: SyncFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0]!.id;
    const owner = await one(`SELECT id FROM account WHERE login = 'methodist.podporozhye'`);
    const sub = () =>
      one(`INSERT INTO webhook_subscription (owner_account_id, url, secret, events) VALUES ($1, 'https://lms.example.ru/hooks', 'секрет-подписки-фикстуры', '{ROUTE_APPROVED}') RETURNING id`, [owner]);
    const municipality = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const school = await one(`SELECT id FROM organization WHERE municipality_id = $1 AND kind = 'SCHOOL' AND archived_at IS NULL ORDER BY name LIMIT 1`, [municipality]);
    const instrument = await one(`SELECT id FROM diagnostic_instrument WHERE code = 'SHADRIKOV-BASE' AND version = 1`);
    const created = await t.gql<{ createDiagnosticCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createDiagnosticCampaign(input: $input) { id } }`,
      { input: { name: 'Внешняя диагностика (проверка доступа)', instrumentId: instrument, mode: 'EXTERNAL', scopeKind: 'ORGANIZATIONS', organizationIds: [school], opensOn: isoDay(-1), closesOn: isoDay(1) } },
      await t.login('methodist.podporozhye'),
    );
    expect(created.errors).toBeUndefined();
    fixtures = { municipality, subscription: await sub(), toCancel: await sub(), campaign: created.data!.createDiagnosticCampaign.id };
  });
  afterAll(() => t?.close());

  describeOperationCases(SYNC_CASES, () => ({ t, fixtures, tokens }));
});
