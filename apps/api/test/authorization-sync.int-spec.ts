import { SYNC_CASES, SyncFixtures } from './authorization/sync.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
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
    fixtures = {
      municipality: await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`),
      subscription: await sub(),
      toCancel: await sub(),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(SYNC_CASES, () => ({ t, fixtures, tokens }));
});
