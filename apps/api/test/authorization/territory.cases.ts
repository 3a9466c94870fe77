import { OperationCases } from '../support/operation-cases';

/** Municipalities of Leningrad oblast (coordinator.lo's region) written for the rows, and one of Krasnodar krai. */
export interface TerritoryFixtures {
  region: string;
  foreignRegion: string;
  toRename: string;
  toArchive: string;
  archived: string;
  mergeSource: string;
  mergeTarget: string;
  /** Тимашевский район (Krasnodar krai): outside coordinator.lo's region. */
  foreign: string;
}

const M = 'id name oktmo archivedAt mergedIntoId canManage';
const Q = {
  municipality: `query($id: ID!) { municipality(id: $id) { ${M} } }`,
  municipalityList: `query { municipalityList(first: 50, filter: { archived: ALL }) { totalCount nodes { id name } } }`,
  createMunicipality: `mutation($r: ID!) { createMunicipality(input: { regionId: $r, name: "Кировский муниципальный район", kind: DISTRICT, oktmo: "41625000" }) { ${M} } }`,
  updateMunicipality: `mutation($id: ID!) { updateMunicipality(id: $id, input: { name: "Новое название района", oktmo: "41639000" }) { ${M} } }`,
  archiveMunicipality: `mutation($id: ID!) { archiveMunicipality(id: $id) { ${M} } }`,
  restoreMunicipality: `mutation($id: ID!) { restoreMunicipality(id: $id) { ${M} } }`,
  mergeMunicipalities: `mutation($s: ID!, $t: ID!) { mergeMunicipalities(sourceId: $s, targetId: $t) { organizations otherRows source { ${M} } target { id name } } }`,
};

type Vars = (f: TerritoryFixtures) => Record<string, unknown>;
/** A change: the regional coordinator passes in his region, gets NOT_FOUND in another; a methodist lacks TERRITORY_MANAGE. */
const change = (query: string, vars: Vars, foreignVars: Vars) => ({
  allowed: { as: 'coordinator.lo' as const, query, vars },
  outOfScope: { as: 'coordinator.lo' as const, query, vars: foreignVars, code: 'NOT_FOUND' },
  forbidden: { as: 'methodist.podporozhye' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

/** One row per territory operation (regions and municipalities are in authorization.int-spec.ts). */
export const TERRITORY_CASES: OperationCases<TerritoryFixtures> = {
  municipality: {
    allowed: { as: 'coordinator.lo', query: Q.municipality, vars: (f) => ({ id: f.toRename }), check: (d) => expect(d['municipality']).toMatchObject({ canManage: true }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.municipality, vars: (f) => ({ id: f.toRename }), code: 'NOT_FOUND' },
    anonymous: { query: Q.municipality, vars: (f) => ({ id: f.toRename }), expect: 'UNAUTHENTICATED' },
  },
  municipalityList: {
    allowed: {
      as: 'coordinator.lo',
      query: Q.municipalityList,
      check: (d, f) => {
        const ids = (d['municipalityList'] as { nodes: { id: string }[] }).nodes.map((n) => n.id);
        expect(ids).toContain(f.archived);
        expect(ids).not.toContain(f.foreign);
      },
    },
    anonymous: { query: Q.municipalityList, expect: 'UNAUTHENTICATED' },
  },
  createMunicipality: change(Q.createMunicipality, (f) => ({ r: f.region }), (f) => ({ r: f.foreignRegion })),
  updateMunicipality: change(Q.updateMunicipality, (f) => ({ id: f.toRename }), (f) => ({ id: f.foreign })),
  archiveMunicipality: change(Q.archiveMunicipality, (f) => ({ id: f.toArchive }), (f) => ({ id: f.foreign })),
  restoreMunicipality: change(Q.restoreMunicipality, (f) => ({ id: f.archived }), (f) => ({ id: f.foreign })),
  mergeMunicipalities: change(Q.mergeMunicipalities, (f) => ({ s: f.mergeSource, t: f.mergeTarget }), (f) => ({ s: f.foreign, t: f.mergeTarget })),
};
