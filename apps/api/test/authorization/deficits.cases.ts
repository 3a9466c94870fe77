import { OperationCases } from '../support/operation-cases';

/** Fixtures of the deficits rows: demo data (the Podporozhye monitoring) and a few rows the spec inserts. */
export interface DeficitsFixtures {
  prof: string;
  as2: string;
  munPodp: string;
  podpSosh1: string;
  podpMath: string;
  /** The demo monitoring of Подпорожье and a later fixture campaign with a result of podpMath. */
  campaignDemo: string;
  campaignAfter: string;
  /** An ENTERED self-diagnostics of Подпорожье СОШ №1 (updated, archived and restored by the rows). */
  diagnosis: string;
}

const SD = 'id source archivedAt canEdit entries { level competence { code } }';
const Q = {
  deficitOptions: 'query { deficitOptions { frameworks { id } campaigns { id } municipalities { id } networks { id } } }',
  personCompetenceProfile: 'query($p: ID!) { personCompetenceProfile(personId: $p) { personId items { score level competence { code } } } }',
  deficitHeatmap: 'query($input: DeficitHeatmapInput!) { deficitHeatmap(input: $input) { level rows { id assessed } cells { rowId deficitShare } } }',
  deficitHeatmapCell: 'query($o: ID!, $c: ID!, $k: ID) { deficitHeatmapCell(organizationId: $o, competenceId: $c, campaignId: $k) { people { personId level } } }',
  campaignComparison: 'query($input: CampaignComparisonInput!) { campaignComparison(input: $input) { rows { code delta } } }',
  organizationSelfDiagnoses: `query($o: ID!) { organizationSelfDiagnoses(organizationId: $o) { ${SD} } }`,
  organizationSelfDiagnosis: `query($id: ID!) { organizationSelfDiagnosis(id: $id) { ${SD} } }`,
  createOrganizationSelfDiagnosis: `mutation($input: CreateOrganizationSelfDiagnosisInput!) { createOrganizationSelfDiagnosis(input: $input) { ${SD} } }`,
  aggregateOrganizationSelfDiagnosis: `mutation($o: ID!, $k: ID!) { aggregateOrganizationSelfDiagnosis(organizationId: $o, campaignId: $k) { ${SD} } }`,
  updateOrganizationSelfDiagnosis: `mutation($id: ID!, $input: UpdateOrganizationSelfDiagnosisInput!) { updateOrganizationSelfDiagnosis(id: $id, input: $input) { ${SD} } }`,
  archiveOrganizationSelfDiagnosis: `mutation($id: ID!) { archiveOrganizationSelfDiagnosis(id: $id) { ${SD} } }`,
  restoreOrganizationSelfDiagnosis: `mutation($id: ID!) { restoreOrganizationSelfDiagnosis(id: $id) { ${SD} } }`,
};

type F = DeficitsFixtures;
const heatmap = (f: F) => ({ input: { frameworkId: f.prof, campaignId: f.campaignDemo, municipalityId: f.munPodp } });
const cell = (f: F) => ({ o: f.podpSosh1, c: f.as2, k: f.campaignDemo });
const compare = (f: F) => ({ input: { beforeCampaignId: f.campaignDemo, afterCampaignId: f.campaignAfter, organizationId: f.podpSosh1 } });
const create = (date: string) => (f: F) => ({ input: { organizationId: f.podpSosh1, frameworkId: f.prof, conductedOn: date, entries: [{ competenceId: f.as2, level: 'DEFICIT' }] } });
const update = (f: F) => ({ id: f.diagnosis, input: { conductedOn: '2026-02-02', summary: 'Уточнено', entries: [{ competenceId: f.as2, level: 'NORM' }] } });
const byId = (f: F) => ({ id: f.diagnosis });
const aggregate = (f: F) => ({ o: f.podpSosh1, k: f.campaignDemo });

export const DEFICITS_CASES: OperationCases<F> = {
  deficitOptions: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.deficitOptions,
      check: (d, f) => expect((d.deficitOptions as { campaigns: { id: string }[] }).campaigns.map((c) => c.id)).toContain(f.campaignDemo),
    },
    anonymous: { query: Q.deficitOptions, expect: 'UNAUTHENTICATED' },
  },
  personCompetenceProfile: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.personCompetenceProfile,
      vars: (f) => ({ p: f.podpMath }),
      check: (d) => expect((d.personCompetenceProfile as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(13),
    },
    outOfScope: { as: 'teacher.filippov', code: 'NOT_FOUND', query: Q.personCompetenceProfile, vars: (f) => ({ p: f.podpMath }) },
    anonymous: { query: Q.personCompetenceProfile, vars: (f) => ({ p: f.podpMath }), expect: 'UNAUTHENTICATED' },
  },
  deficitHeatmap: {
    allowed: { as: 'methodist.podporozhye', query: Q.deficitHeatmap, vars: heatmap, check: (d) => expect((d.deficitHeatmap as { rows: unknown[] }).rows).toHaveLength(8) },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.deficitHeatmap, vars: heatmap },
    anonymous: { query: Q.deficitHeatmap, vars: heatmap, expect: 'UNAUTHENTICATED' },
  },
  deficitHeatmapCell: {
    allowed: { as: 'coordinator.lo', query: Q.deficitHeatmapCell, vars: cell, check: (d) => expect((d.deficitHeatmapCell as { people: unknown[] }).people).toHaveLength(4) },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.deficitHeatmapCell, vars: cell },
    anonymous: { query: Q.deficitHeatmapCell, vars: cell, expect: 'UNAUTHENTICATED' },
  },
  campaignComparison: {
    allowed: { as: 'methodist.podporozhye', query: Q.campaignComparison, vars: compare, check: (d) => expect((d.campaignComparison as { rows: { code: string }[] }).rows.map((r) => r.code)).toEqual(['AS2']) },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.campaignComparison, vars: compare },
    anonymous: { query: Q.campaignComparison, vars: compare, expect: 'UNAUTHENTICATED' },
  },
  organizationSelfDiagnoses: {
    allowed: { as: 'methodist.podporozhye', query: Q.organizationSelfDiagnoses, vars: (f) => ({ o: f.podpSosh1 }) },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.organizationSelfDiagnoses, vars: (f) => ({ o: f.podpSosh1 }) },
    anonymous: { query: Q.organizationSelfDiagnoses, vars: (f) => ({ o: f.podpSosh1 }), expect: 'UNAUTHENTICATED' },
  },
  organizationSelfDiagnosis: {
    allowed: { as: 'methodist.podporozhye', query: Q.organizationSelfDiagnosis, vars: byId, check: (d) => expect((d.organizationSelfDiagnosis as { canEdit: boolean }).canEdit).toBe(true) },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.organizationSelfDiagnosis, vars: byId },
    anonymous: { query: Q.organizationSelfDiagnosis, vars: byId, expect: 'UNAUTHENTICATED' },
  },
  createOrganizationSelfDiagnosis: {
    allowed: { as: 'methodist.podporozhye', query: Q.createOrganizationSelfDiagnosis, vars: create('2026-09-01') },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.createOrganizationSelfDiagnosis, vars: create('2026-09-02') },
    forbidden: { as: 'teacher.filippov', query: Q.createOrganizationSelfDiagnosis, vars: create('2026-09-03') },
    anonymous: { query: Q.createOrganizationSelfDiagnosis, vars: create('2026-09-04'), expect: 'UNAUTHENTICATED' },
  },
  aggregateOrganizationSelfDiagnosis: {
    allowed: {
      as: 'coordinator.lo',
      query: Q.aggregateOrganizationSelfDiagnosis,
      vars: aggregate,
      check: (d) => expect((d.aggregateOrganizationSelfDiagnosis as { source: string }).source).toBe('AGGREGATED'),
    },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.aggregateOrganizationSelfDiagnosis, vars: aggregate },
    forbidden: { as: 'mentor.zhdanova', query: Q.aggregateOrganizationSelfDiagnosis, vars: aggregate },
    anonymous: { query: Q.aggregateOrganizationSelfDiagnosis, vars: aggregate, expect: 'UNAUTHENTICATED' },
  },
  updateOrganizationSelfDiagnosis: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateOrganizationSelfDiagnosis, vars: update },
    outOfScope: { as: 'school12.vorkuta', code: 'NOT_FOUND', query: Q.updateOrganizationSelfDiagnosis, vars: update },
    forbidden: { as: 'teacher.filippov', query: Q.updateOrganizationSelfDiagnosis, vars: update },
    anonymous: { query: Q.updateOrganizationSelfDiagnosis, vars: update, expect: 'UNAUTHENTICATED' },
  },
  archiveOrganizationSelfDiagnosis: {
    allowed: { as: 'methodist.podporozhye', query: Q.archiveOrganizationSelfDiagnosis, vars: byId },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.archiveOrganizationSelfDiagnosis, vars: byId },
    forbidden: { as: 'teacher.filippov', query: Q.archiveOrganizationSelfDiagnosis, vars: byId },
    anonymous: { query: Q.archiveOrganizationSelfDiagnosis, vars: byId, expect: 'UNAUTHENTICATED' },
  },
  restoreOrganizationSelfDiagnosis: {
    allowed: { as: 'methodist.podporozhye', query: Q.restoreOrganizationSelfDiagnosis, vars: byId },
    outOfScope: { as: 'methodist.timashevsk', code: 'NOT_FOUND', query: Q.restoreOrganizationSelfDiagnosis, vars: byId },
    forbidden: { as: 'mentor.zhdanova', query: Q.restoreOrganizationSelfDiagnosis, vars: byId },
    anonymous: { query: Q.restoreOrganizationSelfDiagnosis, vars: byId, expect: 'UNAUTHENTICATED' },
  },
};
