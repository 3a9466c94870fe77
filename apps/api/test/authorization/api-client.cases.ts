import { OperationCases } from '../support/operation-cases';

/** Clients written straight to the database: two of Leningrad oblast (Podporozhye) and one of Komi (Vorkuta). */
export interface ApiClientFixtures {
  podporozhye: string;
  vorkuta: string;
  /** A Podporozhye client for reads and changes, one to archive, one archived. */
  lo: string;
  loToArchive: string;
  loArchived: string;
  komi: string;
  /** A Podporozhye client with every domain (`lo`'s permissions are changed by the update case). */
  loHooks: string;
  /** Webhook subscriptions owned by the `lo` and `komi` clients. */
  loSubscription: string;
  komiSubscription: string;
}

const C = 'id name scopeName secrets { prefix active }';
const Q = {
  apiClients: `query { apiClients(first: 50, filter: { archived: ALL }) { totalCount nodes { id } } }`,
  apiClient: `query($id: ID!) { apiClient(id: $id) { ${C} } }`,
  createApiClient: `mutation($m: ID!) { createApiClient(input: { name: "ЭШ", scopeKind: MUNICIPALITY, scopeId: $m, permissions: [{ domain: REGISTRY, access: READ }] }) { secret client { ${C} } } }`,
  updateApiClient: `mutation($id: ID!) { updateApiClient(id: $id, input: { name: "ЭШ (новое имя)", permissions: [{ domain: ROUTES, access: WRITE }], expiresOn: "2099-12-31" }) { ${C} } }`,
  rotateApiClientSecret: `mutation($id: ID!) { rotateApiClientSecret(id: $id, input: { overlapHours: 1 }) { secret client { ${C} } } }`,
  revokeApiClientSecrets: `mutation($id: ID!) { revokeApiClientSecrets(id: $id) { ${C} } }`,
  archiveApiClient: `mutation($id: ID!) { archiveApiClient(id: $id) { ${C} } }`,
  restoreApiClient: `mutation($id: ID!) { restoreApiClient(id: $id) { ${C} } }`,
  apiClientWebhooks: `query($id: ID!) { apiClientWebhooks(clientId: $id) { clientId canSubscribe subscriptions { id url active } deliveries { id state nextAttemptAfter } } }`,
  subscribeApiClientWebhook: `mutation($id: ID!) { subscribeApiClientWebhook(clientId: $id, input: { url: "https://eschool.example.ru/hooks", secret: "секрет-для-подписи-1", events: [ROUTE_APPROVED] }) { id active } }`,
  apiClientParity: `query($id: ID!) { apiClientParity(clientId: $id, type: ORGANIZATION, externalIds: ["X-1"]) { type matched onlyInClient onlyInMetodsetTotal } }`,
  pauseApiClientWebhook: `mutation($id: ID!) { pauseApiClientWebhook(id: $id) { id active } }`,
  resumeApiClientWebhook: `mutation($id: ID!) { resumeApiClientWebhook(id: $id) { id active } }`,
};

type Vars = (f: ApiClientFixtures) => Record<string, unknown>;
/** The regional coordinator of Leningrad oblast passes on its clients, gets NOT_FOUND on Komi's; a methodist lacks API_CLIENT_MANAGE. */
const change = (query: string, vars: Vars, outside: Vars) => ({
  allowed: { as: 'coordinator.lo' as const, query, vars },
  outOfScope: { as: 'coordinator.lo' as const, query, vars: outside, code: 'NOT_FOUND' },
  forbidden: { as: 'methodist.podporozhye' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

export const API_CLIENT_CASES: OperationCases<ApiClientFixtures> = {
  apiClients: {
    allowed: {
      as: 'coordinator.lo',
      query: Q.apiClients,
      check: (d, f) => {
        const ids = (d['apiClients'] as { nodes: { id: string }[] }).nodes.map((n) => n.id);
        expect(ids).toContain(f.lo);
        expect(ids).not.toContain(f.komi);
      },
    },
    forbidden: { as: 'methodist.podporozhye', query: Q.apiClients },
    anonymous: { query: Q.apiClients, expect: 'UNAUTHENTICATED' },
  },
  apiClient: change(Q.apiClient, (f) => ({ id: f.lo }), (f) => ({ id: f.komi })),
  // Creating outside the region is a field error on the scope (no existence oracle), not NOT_FOUND.
  createApiClient: {
    ...change(Q.createApiClient, (f) => ({ m: f.podporozhye }), (f) => ({ m: f.vorkuta })),
    outOfScope: { as: 'coordinator.lo', query: Q.createApiClient, vars: (f) => ({ m: f.vorkuta }), code: 'BAD_USER_INPUT' },
  },
  updateApiClient: change(Q.updateApiClient, (f) => ({ id: f.lo }), (f) => ({ id: f.komi })),
  rotateApiClientSecret: change(Q.rotateApiClientSecret, (f) => ({ id: f.lo }), (f) => ({ id: f.komi })),
  revokeApiClientSecrets: change(Q.revokeApiClientSecrets, (f) => ({ id: f.loToArchive }), (f) => ({ id: f.komi })),
  archiveApiClient: change(Q.archiveApiClient, (f) => ({ id: f.loToArchive }), (f) => ({ id: f.komi })),
  restoreApiClient: change(Q.restoreApiClient, (f) => ({ id: f.loArchived }), (f) => ({ id: f.komi })),
  apiClientWebhooks: change(Q.apiClientWebhooks, (f) => ({ id: f.loHooks }), (f) => ({ id: f.komi })),
  subscribeApiClientWebhook: change(Q.subscribeApiClientWebhook, (f) => ({ id: f.loHooks }), (f) => ({ id: f.komi })),
  apiClientParity: change(Q.apiClientParity, (f) => ({ id: f.loHooks }), (f) => ({ id: f.komi })),
  pauseApiClientWebhook: change(Q.pauseApiClientWebhook, (f) => ({ id: f.loSubscription }), (f) => ({ id: f.komiSubscription })),
  resumeApiClientWebhook: change(Q.resumeApiClientWebhook, (f) => ({ id: f.loSubscription }), (f) => ({ id: f.komiSubscription })),
};
