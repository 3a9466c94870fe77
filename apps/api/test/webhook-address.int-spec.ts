import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { WebhookService } from '../src/modules/sync/webhook.service';
import { createTestClient, TestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13: a webhook URL never leads into the installation's own network. Refused when subscribing (literal
 * addresses, local names, names resolving to internal addresses) and again at every delivery, after DNS, for a
 * subscription that was accepted before (or a name that changed its answer): the delivery fails for good, without
 * a request and without retries. The exempt-host setting (WEBHOOK_ALLOWED_HOSTS) is what the other webhook tests use.
 */
const SUBSCRIBE = `mutation($url: String!) { subscribeWebhook(url: $url, secret: "секрет-проверки-адреса", events: [ROUTE_APPROVED]) { id url } }`;

describe('webhook addresses', () => {
  let t: TestApp;
  let client: TestClient;
  let server: Server;
  let port: number;
  let hits = 0;

  beforeAll(async () => {
    t = await startTestApp();
    const [{ id }] = (await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[];
    client = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: id! }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }] });
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  it.each([
    ['loopback', () => `http://127.0.0.1:${port}/hooks`],
    ['loopback v6', () => `http://[::1]:${port}/hooks`],
    ['IPv4 mapped in v6', () => `http://[::ffff:127.0.0.1]:${port}/hooks`],
    ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['private 10/8', () => 'https://10.0.0.5/hooks'],
    ['private 192.168/16', () => 'https://192.168.1.10/hooks'],
    ['this machine by name', () => `http://localhost:${port}/hooks`],
    ['unspecified', () => `http://0.0.0.0:${port}/hooks`],
  ])('refuses a subscription to %s, on the url field, writing nothing', async (_name, url) => {
    const before = Number((await t.db.query('SELECT count(*) AS n FROM webhook_subscription'))[0].n);
    const r = await t.gql(SUBSCRIBE, { url: url() }, client.secret);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'url', message: expect.stringMatching(/внутреннюю сеть/) }]);
    expect(Number((await t.db.query('SELECT count(*) AS n FROM webhook_subscription'))[0].n)).toBe(before);
  });

  it('accepts a public address', async () => {
    const r = await t.gql<{ subscribeWebhook: { url: string } }>(SUBSCRIBE, { url: 'https://8.8.8.8/hooks' }, client.secret);
    expect(r.errors).toBeUndefined();
    expect(r.data!.subscribeWebhook.url).toBe('https://8.8.8.8/hooks');
  });

  it('refuses at delivery an address that leads inside now: no request, FAILED for good with the reason', async () => {
    // A subscription stored before the check existed (or whose name now resolves inside): written straight to the table.
    const [sub] = (await t.db.query(
      `INSERT INTO webhook_subscription (owner_account_id, url, secret, events, scope_all) VALUES ($1, $2, 'секрет-проверки-адреса', '{ROUTE_APPROVED}', true) RETURNING id`,
      [client.accountId, `http://localhost:${port}/hooks`],
    )) as { id: string }[];
    const [byIp] = (await t.db.query(
      `INSERT INTO webhook_subscription (owner_account_id, url, secret, events, scope_all) VALUES ($1, $2, 'секрет-проверки-адреса', '{ROUTE_APPROVED}', true) RETURNING id`,
      [client.accountId, `http://127.0.0.1:${port}/hooks`],
    )) as { id: string }[];
    const deliveries = (await t.db.query(
      `INSERT INTO webhook_delivery (subscription_id, event, payload) VALUES ($1, 'ROUTE_APPROVED', '{}'), ($2, 'ROUTE_APPROVED', '{}') RETURNING id`,
      [sub!.id, byIp!.id],
    )) as { id: string }[];
    const webhooks = t.app.get(WebhookService);
    for (const d of deliveries) await expect(webhooks.deliver(d.id)).resolves.toBeUndefined();
    const log = (await t.db.query(`SELECT state::text AS state, attempts, last_status, last_error FROM webhook_delivery WHERE id = ANY($1::uuid[])`, [deliveries.map((d) => d.id)])) as {
      state: string;
      attempts: number;
      last_status: number | null;
      last_error: string;
    }[];
    expect(log).toHaveLength(2);
    for (const row of log) {
      expect(row).toMatchObject({ state: 'FAILED', attempts: 1, last_status: null });
      expect(row.last_error).toMatch(/внутреннюю сеть/);
    }
    expect(hits).toBe(0);
  });
});
