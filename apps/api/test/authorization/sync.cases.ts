import { OperationCases } from '../support/operation-cases';

/** A webhook subscription of methodist.podporozhye (and one to cancel), and the municipality rows are synced into. */
export interface SyncFixtures {
  municipality: string;
  subscription: string;
  toCancel: string;
  /** An EXTERNAL campaign methodist.podporozhye runs (on a Podporozhye school). */
  campaign: string;
}

const Q = {
  syncOrganizations: `mutation($m: ID!) { syncOrganizations(input: { rows: [{ externalId: "AUTH-1", name: "МОУ «Проверочная школа»", kind: "SCHOOL", municipalityId: $m }] }) { created unchanged rows { status } } }`,
  syncPeople: `mutation { syncPeople(input: { rows: [{ externalId: "AUTH-P", lastName: "Проверкин", firstName: "Пётр", positions: [{ organizationExternalId: "AUTH-404", kind: "TEACHER" }] }] }) { refused rows { status code } } }`,
  syncCompetenceResults: `mutation($c: ID!) { syncCompetenceResults(input: { campaignId: $c, rows: [{ personExternalId: "AUTH-NOBODY", competenceCode: "SH2.1", score: 50 }] }) { refused rows { status code } } }`,
  syncParity: `query { syncParity(type: ORGANIZATION, externalIds: ["AUTH-X"]) { onlyInClient matched } }`,
  changes: `query { changes(first: 5) { cursor hasMore changes { id kind } } }`,
  subscribeWebhook: `mutation { subscribeWebhook(url: "https://lms.example.ru/hooks", secret: "секрет-проверки-доступа", events: [ROUTE_APPROVED]) { id active } }`,
  unsubscribeWebhook: `mutation($id: ID!) { unsubscribeWebhook(id: $id) { id active } }`,
  webhookSubscriptions: `query { webhookSubscriptions { id } }`,
  webhookDeliveries: `query($id: ID) { webhookDeliveries(subscriptionId: $id) { id } }`,
};

const anonymous = (query: string, vars?: (f: SyncFixtures) => Record<string, unknown>) => ({ query, vars, expect: 'UNAUTHENTICATED' as const });

/** Territorial staff sync and read the feed; a teacher has no SYNC_* permission; webhooks are their owner's only. */
export const SYNC_CASES: OperationCases<SyncFixtures> = {
  syncOrganizations: {
    allowed: { as: 'methodist.podporozhye', query: Q.syncOrganizations, vars: (f) => ({ m: f.municipality }), check: (d) => expect(d['syncOrganizations']).toMatchObject({ rows: [{ status: expect.stringMatching(/CREATED|UNCHANGED/) }] }) },
    forbidden: { as: 'teacher.filippov', query: Q.syncOrganizations, vars: (f) => ({ m: f.municipality }) },
    anonymous: anonymous(Q.syncOrganizations, (f) => ({ m: f.municipality })),
  },
  syncPeople: {
    allowed: { as: 'methodist.podporozhye', query: Q.syncPeople, check: (d) => expect(d['syncPeople']).toMatchObject({ refused: 1, rows: [{ status: 'REFUSED', code: 'NOT_FOUND' }] }) },
    forbidden: { as: 'school12.vorkuta', query: Q.syncPeople },
    anonymous: anonymous(Q.syncPeople),
  },
  syncCompetenceResults: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.syncCompetenceResults,
      vars: (f) => ({ c: f.campaign }),
      check: (d) => expect(d['syncCompetenceResults']).toMatchObject({ refused: 1, rows: [{ status: 'REFUSED', code: 'NOT_FOUND' }] }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.syncCompetenceResults, vars: (f) => ({ c: f.campaign }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.syncCompetenceResults, vars: (f) => ({ c: f.campaign }) },
    anonymous: anonymous(Q.syncCompetenceResults, (f) => ({ c: f.campaign })),
  },
  syncParity: {
    allowed: { as: 'methodist.podporozhye', query: Q.syncParity, check: (d) => expect(d['syncParity']).toMatchObject({ onlyInClient: ['AUTH-X'], matched: 0 }) },
    forbidden: { as: 'teacher.filippov', query: Q.syncParity },
    anonymous: anonymous(Q.syncParity),
  },
  changes: {
    allowed: { as: 'methodist.podporozhye', query: Q.changes, check: (d) => expect((d['changes'] as { changes: unknown[] }).changes).toHaveLength(5) },
    forbidden: { as: 'mentor.zhdanova', query: Q.changes },
    anonymous: anonymous(Q.changes),
  },
  subscribeWebhook: {
    allowed: { as: 'methodist.podporozhye', query: Q.subscribeWebhook, check: (d) => expect(d['subscribeWebhook']).toMatchObject({ active: true }) },
    forbidden: { as: 'teacher.filippov', query: Q.subscribeWebhook },
    anonymous: anonymous(Q.subscribeWebhook),
  },
  unsubscribeWebhook: {
    allowed: { as: 'methodist.podporozhye', query: Q.unsubscribeWebhook, vars: (f) => ({ id: f.toCancel }), check: (d) => expect(d['unsubscribeWebhook']).toMatchObject({ active: false }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.unsubscribeWebhook, vars: (f) => ({ id: f.subscription }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.unsubscribeWebhook, vars: (f) => ({ id: f.subscription }) },
    anonymous: anonymous(Q.unsubscribeWebhook, (f) => ({ id: f.subscription })),
  },
  webhookSubscriptions: {
    allowed: { as: 'methodist.podporozhye', query: Q.webhookSubscriptions, check: (d, f) => expect((d['webhookSubscriptions'] as { id: string }[]).map((s) => s.id)).toContain(f.subscription) },
    forbidden: { as: 'teacher.filippov', query: Q.webhookSubscriptions },
    anonymous: anonymous(Q.webhookSubscriptions),
  },
  webhookDeliveries: {
    allowed: { as: 'methodist.podporozhye', query: Q.webhookDeliveries, vars: (f) => ({ id: f.subscription }), check: (d) => expect(d['webhookDeliveries']).toEqual([]) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.webhookDeliveries, vars: (f) => ({ id: f.subscription }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.webhookDeliveries, vars: (f) => ({ id: f.subscription }) },
    anonymous: anonymous(Q.webhookDeliveries, (f) => ({ id: f.subscription })),
  },
};
