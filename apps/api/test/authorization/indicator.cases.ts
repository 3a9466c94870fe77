import { OperationCases } from '../support/operation-cases';

/** Podporozhye indicators written straight to the database (owner: the municipality), one per state the rows need. */
export interface IndicatorFixtures {
  municipality: string;
  school: string;
  indicator: string;
  toArchive: string;
  archived: string;
  value: string;
  toArchiveValue: string;
  archivedValue: string;
  /** An XLSX of one valid row (dryRun rows use it). */
  xlsx: string;
}

const I = 'id name status canEdit archivedAt targets { year value } latest { value }';
const V = 'id value periodStart periodEnd archivedAt';
const INPUT = `{ name: "Доля педагогов", unit: PERCENT, direction: HIGHER_IS_BETTER, kind: MANUAL, baselineYear: 2025, baselineValue: 40, targets: [{ year: 2026, value: 50 }] }`;
const Q = {
  indicators: `query { indicators(first: 50) { totalCount nodes { id name status } } }`,
  indicator: `query($id: ID!) { indicator(id: $id) { ${I} } }`,
  indicatorsOfOwner: `query($m: ID!) { indicatorsOfOwner(ownerKind: MUNICIPALITY, ownerId: $m) { id name } }`,
  indicatorValues: `query($id: ID!) { indicatorValues(indicatorId: $id) { ${V} organizationName } }`,
  computedIndicatorKeys: `query { computedIndicatorKeys { key formula } }`,
  indicatorImportTemplate: `query { indicatorImportTemplate { fileName contentBase64 } }`,
  createIndicator: `mutation($m: ID!) { createIndicator(input: { ownerKind: MUNICIPALITY, ownerId: $m, name: "Доля педагогов", unit: PERCENT, direction: HIGHER_IS_BETTER, kind: MANUAL, targets: [] }) { ${I} } }`,
  updateIndicator: `mutation($id: ID!) { updateIndicator(id: $id, input: ${INPUT}) { ${I} } }`,
  archiveIndicator: `mutation($id: ID!) { archiveIndicator(id: $id) { ${I} } }`,
  restoreIndicator: `mutation($id: ID!) { restoreIndicator(id: $id) { ${I} } }`,
  createIndicatorValue: `mutation($id: ID!) { createIndicatorValue(indicatorId: $id, input: { periodStart: "2024-09-01", periodEnd: "2025-05-31", value: 42, source: MONITORING }) { ${V} } }`,
  updateIndicatorValue: `mutation($id: ID!) { updateIndicatorValue(id: $id, input: { periodStart: "2025-09-01", periodEnd: "2026-05-31", value: 55, source: RSOKO }) { ${V} } }`,
  archiveIndicatorValue: `mutation($id: ID!) { archiveIndicatorValue(id: $id) { ${V} } }`,
  restoreIndicatorValue: `mutation($id: ID!) { restoreIndicatorValue(id: $id) { ${V} } }`,
  importIndicatorValues: `mutation($id: ID!, $file: String!) { importIndicatorValues(indicatorId: $id, input: { fileName: "значения.xlsx", contentBase64: $file, dryRun: true }) { dryRun applied rows { line value } errors { line message } } }`,
};

type Vars = (f: IndicatorFixtures) => Record<string, unknown>;
/** A change: the methodist of Podporozhye passes, Timashevsk's gets NOT_FOUND, a teacher lacks INDICATOR_WRITE. */
const change = (query: string, vars: Vars, outOfScopeCode = 'NOT_FOUND') => ({
  allowed: { as: 'methodist.podporozhye' as const, query, vars },
  outOfScope: { as: 'methodist.timashevsk' as const, query, vars, code: outOfScopeCode },
  forbidden: { as: 'teacher.filippov' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

/** One row per indicator operation. */
export const INDICATOR_CASES: OperationCases<IndicatorFixtures> = {
  indicators: {
    allowed: { as: 'methodist.podporozhye', query: Q.indicators, check: (d, f) => expect((d['indicators'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.indicator) },
    anonymous: { query: Q.indicators, expect: 'UNAUTHENTICATED' },
  },
  indicator: {
    allowed: { as: 'methodist.podporozhye', query: Q.indicator, vars: (f) => ({ id: f.indicator }), check: (d) => expect(d['indicator']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.indicator, vars: (f) => ({ id: f.indicator }), code: 'NOT_FOUND' },
    anonymous: { query: Q.indicator, vars: (f) => ({ id: f.indicator }), expect: 'UNAUTHENTICATED' },
  },
  indicatorsOfOwner: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.indicatorsOfOwner,
      vars: (f) => ({ m: f.municipality }),
      check: (d, f) => expect((d['indicatorsOfOwner'] as { id: string }[]).map((n) => n.id)).toContain(f.indicator),
    },
    anonymous: { query: Q.indicatorsOfOwner, vars: (f) => ({ m: f.municipality }), expect: 'UNAUTHENTICATED' },
  },
  indicatorValues: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.indicatorValues,
      vars: (f) => ({ id: f.indicator }),
      check: (d, f) => expect((d['indicatorValues'] as { id: string }[]).map((v) => v.id)).toContain(f.value),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.indicatorValues, vars: (f) => ({ id: f.indicator }), code: 'NOT_FOUND' },
    anonymous: { query: Q.indicatorValues, vars: (f) => ({ id: f.indicator }), expect: 'UNAUTHENTICATED' },
  },
  computedIndicatorKeys: {
    allowed: { as: 'teacher.filippov', query: Q.computedIndicatorKeys },
    anonymous: { query: Q.computedIndicatorKeys, expect: 'UNAUTHENTICATED' },
  },
  indicatorImportTemplate: {
    allowed: { as: 'methodist.podporozhye', query: Q.indicatorImportTemplate },
    forbidden: { as: 'teacher.filippov', query: Q.indicatorImportTemplate },
    anonymous: { query: Q.indicatorImportTemplate, expect: 'UNAUTHENTICATED' },
  },
  // Creating for another municipality: the owner reads as absent (NOT_FOUND), existing or not.
  createIndicator: change(Q.createIndicator, (f) => ({ m: f.municipality })),
  updateIndicator: change(Q.updateIndicator, (f) => ({ id: f.indicator })),
  archiveIndicator: change(Q.archiveIndicator, (f) => ({ id: f.toArchive })),
  restoreIndicator: change(Q.restoreIndicator, (f) => ({ id: f.archived })),
  createIndicatorValue: change(Q.createIndicatorValue, (f) => ({ id: f.indicator })),
  updateIndicatorValue: change(Q.updateIndicatorValue, (f) => ({ id: f.value })),
  archiveIndicatorValue: change(Q.archiveIndicatorValue, (f) => ({ id: f.toArchiveValue })),
  restoreIndicatorValue: change(Q.restoreIndicatorValue, (f) => ({ id: f.archivedValue })),
  importIndicatorValues: change(Q.importIndicatorValues, (f) => ({ id: f.indicator, file: f.xlsx })),
};
