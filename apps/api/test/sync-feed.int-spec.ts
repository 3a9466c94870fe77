import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { decodeCursor } from '../src/modules/sync/cursor';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verify } from '../src/modules/sync/signature';
import { createTestClient, TestClient } from './support/api-client';
import { isoDay, routeDiagnostics } from './support/route-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CHANGES = `query($since: String, $types: [SyncEntityType!], $first: Int!) { changes(since: $since, types: $types, first: $first) {
  cursor hasMore changes { cursor type id externalId kind changedAt } } }`;
type Change = { cursor: string; type: string; id: string; externalId: string | null; kind: string };
type Page = { cursor: string; hasMore: boolean; changes: Change[] };

describe('change feed and webhooks', () => {
  let t: TestApp;
  let podp: string;
  let vorkuta: string;
  let client: TestClient;
  let podpOrgs: string[];
  let vorkutaOrg: string;

  beforeAll(async () => {
    // The test's receiver listens on loopback: the one host exempt from the internal-address refusal.
    t = await startTestApp({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    const ids = (await t.db.query(`SELECT id, name FROM municipality WHERE name IN ('Подпорожский муниципальный район', 'городской округ «Воркута»')`)) as { id: string; name: string }[];
    podp = ids.find((x) => x.name.startsWith('Подпорожский'))!.id;
    vorkuta = ids.find((x) => x.name.includes('Воркута'))!.id;
    client = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.READ }] });
    podpOrgs = ((await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY id LIMIT 4`, [podp])) as { id: string }[]).map((x) => x.id);
    vorkutaOrg = ((await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY id LIMIT 1`, [vorkuta])) as { id: string }[])[0]!.id;
  });
  afterAll(() => t.close());

  const page = async (since: string | null, first = 100, token = client.secret): Promise<Page> => {
    const r = await t.gql<{ changes: Page }>(CHANGES, { since, first, types: ['ORGANIZATION', 'PERSON'] }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.changes;
  };
  /** Reads the feed to its current end. */
  const drain = async (since: string | null): Promise<{ cursor: string; changes: Change[] }> => {
    let cursor = since;
    const all: Change[] = [];
    for (;;) {
      const p = await page(cursor);
      all.push(...p.changes);
      cursor = p.cursor;
      if (!p.hasMore) return { cursor: p.cursor, changes: all };
    }
  };

  it('pages the demo data from the start inside the scope, resumably', async () => {
    const first = await page(null, 5);
    expect(first.changes).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    const second = await page(first.cursor, 5);
    expect(second.changes.map((c) => c.cursor)).not.toContain(first.changes[4].cursor);
    const { changes } = await drain(null);
    expect(changes.slice(0, 10).map((c) => c.cursor)).toEqual([...first.changes, ...second.changes].map((c) => c.cursor));
    // Nothing of Vorkuta: every organisation named lies in Podporozhye.
    const orgIds = [...new Set(changes.filter((c) => c.type === 'ORGANIZATION').map((c) => c.id))];
    const outside = (await t.db.query(`SELECT count(*)::int AS n FROM organization WHERE id = ANY($1) AND municipality_id <> $2`, [orgIds, podp])) as { n: number }[];
    expect(orgIds.length).toBeGreaterThan(3);
    expect(outside[0]!.n).toBe(0);
    expect(changes.some((c) => c.id === vorkutaOrg)).toBe(false);
    const bad = await t.gql(CHANGES, { since: 'не-курсор', first: 10 }, client.secret);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.gql(CHANGES, { since: null, first: 101 }, client.secret);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  /**
   * The feed shows a change once every transaction below it has ended, and that horizon is the whole cluster's: other
   * test files' databases share it. Waits (reading on) until the feed has shown every change of Podporozhye's
   * organisations already committed, and returns the cursor there.
   */
  const pending = async (cursor: string): Promise<number> => {
    const pos = decodeCursor(cursor);
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM change_log c JOIN organization o ON o.id = c.entity_id
        WHERE (c.xid, c.seq) > ($1::bigint, $2::bigint) AND o.municipality_id = $3`,
      [pos.xid, pos.seq, podp],
    )) as { n: number }[];
    return n;
  };
  const caughtUp = async (): Promise<string> => {
    let cursor = (await drain(null)).cursor;
    while ((await pending(cursor)) > 0) cursor = (await drain(cursor)).cursor;
    return cursor;
  };
  /** Reads from `since` until the feed shows `count` changes (the horizon moves once the cluster's older transactions end). */
  const drainUntil = async (since: string, count: number) => {
    for (;;) {
      const d = await drain(since);
      if (d.changes.length >= count) return d;
    }
  };

  it('a change committed after a later one is not skipped: the feed waits below the oldest running transaction', async () => {
    const start = await caughtUp();
    const early = t.db.createQueryRunner();
    await early.connect();
    await early.startTransaction();
    try {
      await early.query(`UPDATE organization SET address = 'адрес A' WHERE id = $1`, [podpOrgs[0]]);
      // A later transaction commits first.
      await t.db.query(`UPDATE organization SET address = 'адрес B' WHERE id = $1`, [podpOrgs[1]]);
      const whileOpen = await drain(start);
      expect(whileOpen.changes).toEqual([]);
      await early.commitTransaction();
    } finally {
      await early.release();
    }
    const after = await drainUntil(start, 2);
    expect(after.changes.map((c) => [c.id, c.kind])).toEqual([
      [podpOrgs[0], 'UPDATED'],
      [podpOrgs[1], 'UPDATED'],
    ]);
    // Read again from the same cursor: the same changes; from the last cursor: nothing more.
    expect((await drain(start)).changes).toEqual(after.changes);
    expect((await drain(after.cursor)).changes).toEqual([]);
  });

  it('while writers commit concurrently, paging sees every change exactly once', async () => {
    const start = await caughtUp();
    const startPos = decodeCursor(start);
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; i < 15; i++) {
        await t.db.transaction(async (m) => {
          // Touch two organisations in one transaction, in an order that differs by writer (commit order ≠ xid order).
          await m.query(`UPDATE organization SET address = $2 WHERE id = $1`, [podpOrgs[(w + i) % 4], `w${w}-${i}-a`]);
          await m.query(`UPDATE organization SET address = $2 WHERE id = $1`, [w % 2 ? vorkutaOrg : podpOrgs[(w + i + 1) % 4], `w${w}-${i}-b`]);
        });
      }
    };
    const reader = async () => {
      const seen: Change[] = [];
      let cursor = start;
      for (;;) {
        const done = !writing;
        const p = await page(cursor, 7);
        seen.push(...p.changes);
        cursor = p.cursor;
        // Once the writers are done, read on until every committed change of the scope has been shown.
        if (done && !p.hasMore && (await pending(cursor)) === 0) return seen;
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer)).then(() => {
      writing = false;
    });
    const [seen] = await Promise.all([reader(), writers]);
    const expected = (await t.db.query(
      `SELECT c.xid::text AS xid, c.seq::text AS seq, c.entity_id AS id FROM change_log c JOIN organization o ON o.id = c.entity_id
        WHERE (c.xid, c.seq) > ($1::bigint, $2::bigint) AND o.municipality_id = $3 ORDER BY c.xid, c.seq`,
      [startPos.xid, startPos.seq, podp],
    )) as { xid: string; seq: string; id: string }[];
    const positions = seen.map((c) => decodeCursor(c.cursor));
    expect(new Set(positions.map((x) => `${x.xid}:${x.seq}`)).size).toBe(seen.length);
    expect(positions).toEqual(expected.map((x) => ({ xid: x.xid, seq: x.seq })));
    expect(seen.length).toBe(15 * 4 + 15 * 2);
    expect(seen.some((c) => c.id === vorkutaOrg)).toBe(false);
  });

  describe('webhooks', () => {
    let server: Server;
    let url: string;
    const received: { headers: IncomingHttpHeaders; body: string; status: number }[] = [];
    let third: Promise<void>;

    beforeAll(async () => {
      let done: () => void = () => undefined;
      third = new Promise((resolve) => (done = resolve));
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          // Fails twice, then succeeds.
          const status = received.length < 2 ? 503 : 200;
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
          res.writeHead(status).end(status === 200 ? 'ok' : 'busy');
          if (received.length === 3) done();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const SUBSCRIBE = `mutation($url: String!, $secret: String!, $events: [WebhookEvent!]!) { subscribeWebhook(url: $url, secret: $secret, events: $events) { id url events active } }`;
    const DELIVERIES = `query($id: ID) { webhookDeliveries(subscriptionId: $id) { id event state attempts lastStatus deliveredAt body } }`;
    type Delivery = { id: string; event: string; state: string; attempts: number; lastStatus: number | null; deliveredAt: string | null; body: string };

    it('delivers «route approved» signed to the subscriber in scope, retries with backoff after failures and stops after success', async () => {
      const write = [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }];
      const vorkutaClient = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: vorkuta }, permissions: write });
      const podpClient = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp }, permissions: write });
      const secret = 'секрет-вебхука-воркуты-2026';
      const sub = await t.gql<{ subscribeWebhook: { id: string; active: boolean } }>(SUBSCRIBE, { url, secret, events: ['ROUTE_APPROVED'] }, vorkutaClient.secret);
      expect(sub.errors).toBeUndefined();
      const other = await t.gql<{ subscribeWebhook: { id: string } }>(SUBSCRIBE, { url, secret: 'секрет-подпорожья-2026', events: ['ROUTE_APPROVED', 'MENTORSHIP_STARTED'] }, podpClient.secret);
      expect(other.errors).toBeUndefined();
      const badSub = await t.gql(SUBSCRIBE, { url: 'ftp://x', secret: 'short', events: [] }, vorkutaClient.secret);
      expect(badSub.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['url', 'secret', 'events']);

      // Филиппов (Vorkuta №12) drafts and submits a route; his school approves it.
      const f = await routeDiagnostics(t.db);
      const [filippov, school12] = await Promise.all(['teacher.filippov', 'school12.vorkuta'].map((l) => t.login(l)));
      const created = await t.gql<{ createLearningRoute: { id: string } }>(
        `mutation($input: CreateRouteInput!) { createLearningRoute(input: $input) { id } }`,
        { input: { personId: f.filippov, title: 'ИОМ для вебхука', goal: 'Закрыть дефициты', startsOn: isoDay(-10), endsOn: isoDay(100), campaignId: f.before, competenceIds: [f.sh21] } },
        filippov,
      );
      expect(created.errors).toBeUndefined();
      const routeId = created.data!.createLearningRoute.id;
      for (const [q, v, token] of [
        [`mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { id } }`, { id: routeId, input: { kind: 'SELF_EDUCATION', title: 'Самообразование', competenceIds: [f.sh21] } }, filippov],
        [`mutation($id: ID!) { submitLearningRoute(id: $id) { id } }`, { id: routeId }, filippov],
        [`mutation($id: ID!) { approveLearningRoute(id: $id) { id status } }`, { id: routeId }, school12],
      ] as const) {
        const r = await t.gql(q, v, token);
        expect(r.errors).toBeUndefined();
      }

      await third;
      let log: Delivery[] = [];
      for (let i = 0; i < 1000; i++) {
        log = (await t.gql<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { id: sub.data!.subscribeWebhook.id }, vorkutaClient.secret)).data!.webhookDeliveries;
        if (log[0]?.state === 'DELIVERED') break;
      }
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ event: 'ROUTE_APPROVED', state: 'DELIVERED', attempts: 3, lastStatus: 200 });
      expect(JSON.parse(log[0].body)).toMatchObject({ id: log[0].id, event: 'ROUTE_APPROVED', data: { routeId, personId: f.filippov } });

      // Three attempts of the same body, each signed over «timestamp.body» with the subscription's secret.
      expect(received.map((r) => r.status)).toEqual([503, 503, 200]);
      for (const r of received) {
        expect(r.body).toBe(log[0].body);
        expect(verify(secret, Number(r.headers[TIMESTAMP_HEADER]), r.body, String(r.headers[SIGNATURE_HEADER]))).toBe(true);
        expect(verify('секрет-подпорожья-2026', Number(r.headers[TIMESTAMP_HEADER]), r.body, String(r.headers[SIGNATURE_HEADER]))).toBe(false);
      }
      // Backoff: the second retry waited longer than the first.
      const at = received.map((r) => Number(r.headers[TIMESTAMP_HEADER]));
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(at[1]! - at[0]!);
      // Stopped after success: the queue entry is completed; the Podporozhye subscriber got nothing (not its scope).
      const jobs = (await t.db.query(`SELECT state::text AS state FROM pgboss.job WHERE name = 'metodset-webhooks'`)) as { state: string }[];
      expect(jobs.map((j) => j.state)).toEqual(['completed']);
      const theirs = await t.gql<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { id: null }, podpClient.secret);
      expect(theirs.data!.webhookDeliveries).toEqual([]);
      // Someone else's subscription is not found.
      const foreign = await t.gql(DELIVERIES, { id: sub.data!.subscribeWebhook.id }, podpClient.secret);
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }, 120_000);
  });
});
