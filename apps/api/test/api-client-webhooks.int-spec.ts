import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { createTestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

const CARD = `query($id: ID!) { apiClientWebhooks(clientId: $id) {
  clientId canSubscribe subscriptions { id url events active }
  deliveries { id subscriptionId event state attempts lastStatus lastError lastAttemptAt deliveredAt nextAttemptAfter } } }`;
const SUBSCRIBE = `mutation($id: ID!, $input: ApiClientWebhookInput!) { subscribeApiClientWebhook(clientId: $id, input: $input) { id url events active } }`;
const PAUSE = `mutation($id: ID!) { pauseApiClientWebhook(id: $id) { id active } }`;
const RESUME = `mutation($id: ID!) { resumeApiClientWebhook(id: $id) { id active } }`;
const INPUT = { url: 'https://eschool.example.ru/hooks/metodset', secret: 'секрет-подписи-электронной-школы', events: ['ROUTE_APPROVED', 'MENTORSHIP_STARTED'] };

type Card = {
  apiClientWebhooks: {
    clientId: string;
    canSubscribe: boolean;
    subscriptions: { id: string; url: string; events: string[]; active: boolean }[];
    deliveries: { id: string; state: string; attempts: number; lastStatus: number | null; lastAttemptAt: string | null; nextAttemptAfter: string | null }[];
  };
};

describe('API clients: an admin keeps a client’s webhooks from its card', () => {
  let t: TestApp;
  let podporozhye: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    podporozhye = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[])[0]!.id;
    admin = await t.login('coordinator.lo');
  });
  afterAll(() => t.close());

  it('subscribes the client: the subscription is the client’s own (it reads it with its secret), audited under the admin', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye } });
    const created = await t.gql<{ subscribeApiClientWebhook: { id: string; active: boolean } }>(SUBSCRIBE, { id: c.clientId, input: INPUT }, admin);
    expect(created.errors).toBeUndefined();
    const id = created.data!.subscribeApiClientWebhook.id;
    expect(created.data!.subscribeApiClientWebhook.active).toBe(true);

    const own = await t.gql<{ webhookSubscriptions: { id: string; url: string }[] }>(`{ webhookSubscriptions { id url } }`, {}, c.secret);
    expect(own.data!.webhookSubscriptions).toEqual([{ id, url: INPUT.url }]);
    const [row] = (await t.db.query(`SELECT owner_account_id, scope_municipality_ids FROM webhook_subscription WHERE id = $1`, [id])) as { owner_account_id: string; scope_municipality_ids: string[] }[];
    expect(row!.owner_account_id).toBe(c.accountId);
    expect(row!.scope_municipality_ids).toEqual([podporozhye]);
    const audit = (await t.db.query(
      `SELECT a.login FROM audit_log l JOIN account a ON a.id = l.account_id WHERE l.entity_type = 'webhook-subscription' AND l.entity_id = $1 AND l.action = 'create'`,
      [id],
    )) as { login: string }[];
    expect(audit.map((r) => r.login)).toEqual(['coordinator.lo']);

    const card = await t.gql<Card>(CARD, { id: c.clientId }, admin);
    expect(card.errors).toBeUndefined();
    expect(card.data!.apiClientWebhooks.canSubscribe).toBe(true);
    expect(card.data!.apiClientWebhooks.subscriptions).toEqual([{ id, url: INPUT.url, events: INPUT.events, active: true }]);
  });

  it('pauses and resumes a subscription: no deliveries while it is off', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye } });
    const id = (await t.gql<{ subscribeApiClientWebhook: { id: string } }>(SUBSCRIBE, { id: c.clientId, input: INPUT }, admin)).data!.subscribeApiClientWebhook.id;
    const paused = await t.gql<{ pauseApiClientWebhook: { active: boolean } }>(PAUSE, { id }, admin);
    expect(paused.data!.pauseApiClientWebhook.active).toBe(false);
    const [off] = (await t.db.query(`SELECT archived_at FROM webhook_subscription WHERE id = $1`, [id])) as { archived_at: Date | null }[];
    expect(off!.archived_at).not.toBeNull();
    // Pausing twice changes nothing and writes no second audit row.
    expect((await t.gql<{ pauseApiClientWebhook: { active: boolean } }>(PAUSE, { id }, admin)).data!.pauseApiClientWebhook.active).toBe(false);
    const resumed = await t.gql<{ resumeApiClientWebhook: { active: boolean } }>(RESUME, { id }, admin);
    expect(resumed.data!.resumeApiClientWebhook.active).toBe(true);
    const actions = (await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'webhook-subscription' AND entity_id = $1 ORDER BY at`, [id])) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['create', 'archive', 'restore']);
  });

  it('shows the delivery log with status, attempts, the HTTP code and the next retry, in a bounded number of statements', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye } });
    const id = (await t.gql<{ subscribeApiClientWebhook: { id: string } }>(SUBSCRIBE, { id: c.clientId, input: INPUT }, admin)).data!.subscribeApiClientWebhook.id;
    const deliveries = async (n: number) => {
      await t.db.query(
        `INSERT INTO webhook_delivery (subscription_id, event, payload, state, attempts, last_status, last_error, last_attempt_at, created_at)
         SELECT $1, 'ROUTE_APPROVED', '{}'::jsonb, 'PENDING', 3, 503, 'Ответ HTTP 503', timestamptz '2026-03-02 10:00:00+03', timestamptz '2026-03-02 09:00:00+03' + g * interval '1 second'
           FROM generate_series(1, $2) g`,
        [id, n],
      );
    };
    await deliveries(2);
    const cost = async () => {
      t.counter.reset();
      const r = await t.gql<Card>(CARD, { id: c.clientId }, admin);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, card: r.data!.apiClientWebhooks };
    };
    const few = await cost();
    expect(few.card.deliveries).toHaveLength(2);
    const d = few.card.deliveries[0]!;
    expect(d).toMatchObject({ state: 'PENDING', attempts: 3, lastStatus: 503 });
    // Three attempts made: pg-boss waits 4…8 s after the last one.
    expect(new Date(d.nextAttemptAfter!).getTime() - new Date(d.lastAttemptAt!).getTime()).toBe(4000);
    await deliveries(60);
    const many = await cost();
    expect(many.card.deliveries).toHaveLength(50);
    expect(many.statements).toBe(few.statements);

    await t.db.query(`UPDATE webhook_delivery SET state = 'DELIVERED', delivered_at = now(), last_status = 200 WHERE subscription_id = $1`, [id]);
    expect((await cost()).card.deliveries.every((x) => x.nextAttemptAfter === null)).toBe(true);
  });

  it('refuses bad input on its fields, a client without the sync permission, and an archived client', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye } });
    const bad = await t.gql(SUBSCRIBE, { id: c.clientId, input: { url: 'ftp://eschool', secret: 'короткий', events: ['ROUTE_APPROVED'] } }, admin);
    const fields = (bad.errors?.[0]?.extensions?.['fields'] ?? []) as { field: string }[];
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields.map((f) => f.field).sort()).toEqual(['secret', 'url']);
    const none = await t.gql(SUBSCRIBE, { id: c.clientId, input: { ...INPUT, events: [] } }, admin);
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const readOnly = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye }, permissions: [{ domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.READ }] });
    const noSync = await t.gql(SUBSCRIBE, { id: readOnly.clientId, input: INPUT }, admin);
    expect(noSync.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'events', message: expect.stringContaining('Синхронизация') }]);
    expect((await t.gql<Card>(CARD, { id: readOnly.clientId }, admin)).data!.apiClientWebhooks.canSubscribe).toBe(false);

    await t.db.query(`UPDATE api_client SET archived_at = now() WHERE id = $1`, [c.clientId]);
    const archived = await t.gql(SUBSCRIBE, { id: c.clientId, input: INPUT }, admin);
    expect(archived.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'url', message: expect.stringContaining('в архиве') }]);
    const count = (await t.db.query(`SELECT count(*)::int AS n FROM webhook_subscription s JOIN api_client c ON c.account_id = s.owner_account_id WHERE c.id = ANY($1)`, [[c.clientId, readOnly.clientId]])) as { n: number }[];
    expect(count[0]!.n).toBe(0);
  });

  it('a subscription a person made for themselves is not an API client’s: NOT_FOUND from the card’s operations', async () => {
    const [own] = (await t.db.query(
      `INSERT INTO webhook_subscription (owner_account_id, url, secret, events) SELECT id, 'https://hooks.example.ru/p', 'секрет-для-подписи-1', '{ROUTE_APPROVED}' FROM account WHERE login = 'methodist.podporozhye' RETURNING id`,
    )) as { id: string }[];
    expect((await t.gql(PAUSE, { id: own!.id }, await t.login('admin'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reads the client’s parity report as the client would get it: its codes against its scope; people audited under the admin', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye } });
    const sync = await t.gql(
      `mutation($input: SyncOrganizationsInput!) { syncOrganizations(input: $input) { created updated unchanged refused } }`,
      { input: { rows: [{ externalId: 'ES-1', name: 'Школа сверки (тест)', kind: 'SCHOOL', municipalityId: podporozhye }] } },
      c.secret,
    );
    expect(sync.errors).toBeUndefined();
    const PARITY = `query($id: ID!, $type: SyncEntityType!, $ids: [String!]!) { apiClientParity(clientId: $id, type: $type, externalIds: $ids) { type matched onlyInClient onlyInMetodsetTotal onlyInMetodset { externalId name } } }`;
    type Parity = { apiClientParity: { matched: number; onlyInClient: string[]; onlyInMetodsetTotal: number } };
    const asAdmin = await t.gql<Parity>(PARITY, { id: c.clientId, type: 'ORGANIZATION', ids: ['ES-1', 'ES-404'] }, admin);
    expect(asAdmin.errors).toBeUndefined();
    const asClient = await t.gql<{ syncParity: Parity['apiClientParity'] }>(
      `query($type: SyncEntityType!, $ids: [String!]!) { syncParity(type: $type, externalIds: $ids) { type matched onlyInClient onlyInMetodsetTotal onlyInMetodset { externalId name } } }`,
      { type: 'ORGANIZATION', ids: ['ES-1', 'ES-404'] },
      c.secret,
    );
    expect(asAdmin.data!.apiClientParity).toEqual(asClient.data!.syncParity);
    expect(asAdmin.data!.apiClientParity.matched).toBe(1);
    expect(asAdmin.data!.apiClientParity.onlyInClient).toEqual(['ES-404']);
    // The district's other schools are not linked to the client's codes yet.
    expect(asAdmin.data!.apiClientParity.onlyInMetodsetTotal).toBeGreaterThan(5);

    await t.gql(PARITY, { id: c.clientId, type: 'PERSON', ids: [] }, admin);
    const audit = (await t.db.query(
      `SELECT a.login FROM audit_log l JOIN account a ON a.id = l.account_id WHERE l.entity_type = 'sync.parity' AND l.account_id IN (SELECT id FROM account WHERE login = 'coordinator.lo')`,
    )) as { login: string }[];
    expect(audit.length).toBeGreaterThan(0);

    const readOnly = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye }, permissions: [{ domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.READ }] });
    const refused = await t.gql(PARITY, { id: readOnly.clientId, type: 'ORGANIZATION', ids: [] }, admin);
    expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'externalIds', message: expect.stringContaining('Синхронизация') }]);
  });
});
