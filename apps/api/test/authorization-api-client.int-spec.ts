import { ApiClientScopeKind } from '@metodset/shared';
import { API_CLIENT_CASES, ApiClientFixtures } from './authorization/api-client.cases';
import { createTestClient } from './support/api-client';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may keep API clients: rows in test/authorization/api-client.cases.ts. */
describe('authorization: API clients', () => {
  let t: TestApp;
  let fixtures: ApiClientFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const mun = async (name: string) => ((await t.db.query(`SELECT id FROM municipality WHERE name = $1`, [name])) as { id: string }[])[0]!.id;
    const podporozhye = await mun('Подпорожский муниципальный район');
    const vorkuta = await mun('городской округ «Воркута»');
    const client = async (id: string) => (await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id } })).clientId;
    const subscription = async (clientId: string) =>
      ((await t.db.query(
        `INSERT INTO webhook_subscription (owner_account_id, url, secret, events) SELECT account_id, 'https://hooks.example.ru/a', 'секрет-для-подписи-1', '{ROUTE_APPROVED}' FROM api_client WHERE id = $1 RETURNING id`,
        [clientId],
      )) as { id: string }[])[0]!.id;
    const loArchived = await client(podporozhye);
    await t.db.query(`UPDATE api_client SET archived_at = now() WHERE id = $1`, [loArchived]);
    const lo = await client(podporozhye);
    const komi = await client(vorkuta);
    fixtures = { podporozhye, vorkuta, lo, loHooks: await client(podporozhye), loToArchive: await client(podporozhye), loArchived, komi, loSubscription: await subscription(lo), komiSubscription: await subscription(komi) };
  });
  afterAll(() => t?.close());

  describeOperationCases(API_CLIENT_CASES, () => ({ t, fixtures, tokens }));
});
