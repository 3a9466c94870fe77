import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { createTestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

const LIST = `query { organizations(first: 100) { totalCount nodes { id municipality { id } } } }`;
type ListData = { organizations: { totalCount: number; nodes: { id: string; municipality: { id: string } }[] } };

describe('API clients: bearer secrets act through the same gate and access component', () => {
  let t: TestApp;
  let podporozhye: string;
  beforeAll(async () => {
    t = await startTestApp();
    const [m] = (await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[];
    podporozhye = m!.id;
  });
  afterAll(() => t.close());

  it('a municipality client reads its municipality only, as the methodist of that municipality does', async () => {
    const c = await createTestClient(t.db, {
      name: 'Электронная школа Подпорожья',
      scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye },
      permissions: [{ domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.READ }],
    });
    const asClient = await t.gql<ListData>(LIST, {}, c.secret);
    expect(asClient.errors).toBeUndefined();
    const nodes = asClient.data!.organizations.nodes;
    expect(nodes.length).toBeGreaterThan(5);
    expect(new Set(nodes.map((n) => n.municipality.id))).toEqual(new Set([podporozhye]));
    const asMethodist = await t.gql<ListData>(LIST, {}, await t.login('methodist.podporozhye'));
    expect(asClient.data!.organizations.totalCount).toBe(asMethodist.data!.organizations.totalCount);

    const me = await t.gql<{ me: { displayName: string; permissions: string[]; personId: string | null } }>(`{ me { displayName permissions personId } }`, {}, c.secret);
    expect(me.data!.me.displayName).toBe('API-клиент «Электронная школа Подпорожья»');
    expect(me.data!.me.personId).toBeNull();
    expect(me.data!.me.permissions).toEqual(expect.arrayContaining(['REGISTRY_READ', 'TERRITORY_READ']));
    expect(me.data!.me.permissions).not.toContain('REGISTRY_WRITE');
    expect(me.data!.me.permissions).not.toContain('ROUTE_READ');
  });

  it('refuses what the client was not given: another domain, writing with read access', async () => {
    const c = await createTestClient(t.db, {
      scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye },
      permissions: [{ domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.READ }],
    });
    const routes = await t.gql(`query { learningRoutes(first: 5) { totalCount } }`, {}, c.secret);
    expect(routes.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [org] = (await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1 LIMIT 1`, [podporozhye])) as { id: string }[];
    const archive = await t.gql(`mutation($id: ID!) { archiveOrganization(id: $id) { id } }`, { id: org!.id }, c.secret);
    expect(archive.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a wrong, malformed or expired secret is UNAUTHENTICATED', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye } });
    const forged = c.secret.slice(0, -4) + (c.secret.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const token of [forged, 'mdsk_nonsense', `${c.secret}x`]) {
      const r = await t.gql(LIST, {}, token);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const expired = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podporozhye }, expiresAt: new Date(Date.now() - 1000) });
    expect((await t.gql(LIST, {}, expired.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
