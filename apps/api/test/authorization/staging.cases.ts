import { DataSource } from 'typeorm';
import { OperationCases } from '../support/operation-cases';
import { stagingFixtureApi } from '../support/staging-fixtures';

/**
 * Staging sites and their programmes. Reading (STAGING_READ): everyone signed in, sites of the caller's scope and of the
 * municipalities the caller works in; writing (STAGING_WRITE): staff whose scope holds the host (`staging.manage`),
 * and setting up / closing a site or changing its order only the host's territory (`staging.establish`). Rows: a
 * Timashevsk site — methodist.timashevsk may, methodist.podporozhye gets NOT_FOUND, the teacher lacks the permission.
 */
export interface StagingFixtures {
  org: string;
  head: string;
  master: string;
  competence: string;
  site: string;
  siteToArchive: string;
  siteToRestore: string;
  program: string;
  programToArchive: string;
  programToRestore: string;
  module: string;
  moduleToMove: string;
  moduleToArchive: string;
  moduleToRestore: string;
  track: string;
  trackToArchive: string;
  trackToRestore: string;
}

export async function stagingFixtures(db: DataSource): Promise<StagingFixtures> {
  const f = stagingFixtureApi(db);
  const org = await f.org('demo:org:23-tim-sosh-1');
  const site = await f.site(org);
  const program = await f.program(site);
  const [m1, m2, m3] = [await f.module(program, 1), await f.module(program, 2), await f.module(program, 3)];
  const moduleToRestore = await f.module(program, 4, { archived: true });
  return {
    org,
    head: await f.person('demo:person:23-tim-sosh1-head'),
    master: await f.person('demo:person:23-tim-sosh1-master'),
    competence: await f.competence('AS1'),
    site,
    siteToArchive: await f.site(org),
    siteToRestore: await f.site(org, { archived: true }),
    program,
    programToArchive: await f.program(site),
    programToRestore: await f.program(site, { archived: true }),
    module: m1,
    moduleToMove: m2,
    moduleToArchive: m3,
    moduleToRestore,
    track: await f.track(program, [m1, m2]),
    trackToArchive: await f.track(program, [m1]),
    trackToRestore: await f.track(program, [m2], { archived: true }),
  };
}

type F = StagingFixtures;
const SITE = 'id theme state canEdit canEstablish host { name municipalityName } head { personId person { fullName } } masters { personId } competences { code } programs { id }';
const PROGRAM = 'id title canEdit totalHours modules { id position hours competences { code } } tracks { id kind hours modules { id } }';

const siteInput = (f: F) => ({
  kind: 'STAGING_SITE',
  level: 'MUNICIPAL',
  theme: 'Формирующее оценивание',
  startsOn: '2025-09-01',
  endsOn: '2030-08-31',
  headPersonId: f.head,
  masterIds: [f.master],
  competenceIds: [f.competence],
});
const programInput = { title: 'Программа', minMonths: 12, maxMonths: 18, audience: 'Молодые педагоги', maxExperienceYears: 3 };
const moduleInput = (f: F) => ({ title: 'Модуль', hours: 8, format: 'MIXED', competenceIds: [f.competence] });

/** A change: methodist.timashevsk may; methodist.podporozhye gets NOT_FOUND; the teacher lacks STAGING_WRITE. */
const write = (query: string, vars: (f: F) => Record<string, unknown>) => ({
  allowed: { as: 'methodist.timashevsk' as const, query, vars },
  outOfScope: { as: 'methodist.podporozhye' as const, query, vars, code: 'NOT_FOUND' },
  forbidden: { as: 'teacher.filippov' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});
const read = (query: string, vars?: (f: F) => Record<string, unknown>, outOfScope = true) => ({
  allowed: { as: 'methodist.timashevsk' as const, query, vars },
  ...(outOfScope ? { outOfScope: { as: 'methodist.podporozhye' as const, query, vars, code: 'NOT_FOUND' } } : {}),
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

export const STAGING_CASES: OperationCases<F> = {
  stagingSites: {
    ...read(`query { stagingSites(first: 50, filter: { archived: ALL }) { totalCount nodes { ${SITE} } } }`, undefined, false),
    allowed: {
      as: 'methodist.timashevsk',
      query: `query { stagingSites(first: 50, filter: { archived: ALL }) { totalCount nodes { ${SITE} } } }`,
      check: (d, f) => expect((d['stagingSites'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.site),
    },
  },
  stagingSite: read(`query($id: ID!) { stagingSite(id: $id) { ${SITE} } }`, (f) => ({ id: f.site })),
  internshipProgram: read(`query($id: ID!) { internshipProgram(id: $id) { ${PROGRAM} site { id } } }`, (f) => ({ id: f.program })),
  createStagingSite: {
    ...write(`mutation($input: CreateStagingSiteInput!) { createStagingSite(input: $input) { ${SITE} } }`, (f) => ({ input: { ...siteInput(f), organizationId: f.org } })),
    // A host outside the caller's territory reads as a missing one, on its field.
    outOfScope: {
      as: 'methodist.podporozhye',
      query: `mutation($input: CreateStagingSiteInput!) { createStagingSite(input: $input) { id } }`,
      vars: (f) => ({ input: { ...siteInput(f), organizationId: f.org } }),
      code: 'BAD_USER_INPUT',
    },
  },
  updateStagingSite: write(`mutation($id: ID!, $input: StagingSiteInput!) { updateStagingSite(id: $id, input: $input) { ${SITE} } }`, (f) => ({ id: f.site, input: siteInput(f) })),
  archiveStagingSite: write(`mutation($id: ID!) { archiveStagingSite(id: $id) { id archivedAt } }`, (f) => ({ id: f.siteToArchive })),
  restoreStagingSite: write(`mutation($id: ID!) { restoreStagingSite(id: $id) { id archivedAt } }`, (f) => ({ id: f.siteToRestore })),
  createInternshipProgram: write(`mutation($id: ID!, $input: InternshipProgramInput!) { createInternshipProgram(siteId: $id, input: $input) { ${PROGRAM} } }`, (f) => ({ id: f.site, input: programInput })),
  updateInternshipProgram: write(`mutation($id: ID!, $input: InternshipProgramInput!) { updateInternshipProgram(id: $id, input: $input) { ${PROGRAM} } }`, (f) => ({ id: f.program, input: programInput })),
  archiveInternshipProgram: write(`mutation($id: ID!) { archiveInternshipProgram(id: $id) { id archivedAt } }`, (f) => ({ id: f.programToArchive })),
  restoreInternshipProgram: write(`mutation($id: ID!) { restoreInternshipProgram(id: $id) { id archivedAt } }`, (f) => ({ id: f.programToRestore })),
  addInternshipModule: write(`mutation($id: ID!, $input: InternshipModuleInput!) { addInternshipModule(programId: $id, input: $input) { ${PROGRAM} } }`, (f) => ({ id: f.program, input: moduleInput(f) })),
  updateInternshipModule: write(`mutation($id: ID!, $input: InternshipModuleInput!) { updateInternshipModule(id: $id, input: $input) { ${PROGRAM} } }`, (f) => ({ id: f.module, input: moduleInput(f) })),
  moveInternshipModule: write(`mutation($id: ID!) { moveInternshipModule(id: $id, position: 1) { ${PROGRAM} } }`, (f) => ({ id: f.moduleToMove })),
  archiveInternshipModule: write(`mutation($id: ID!) { archiveInternshipModule(id: $id) { ${PROGRAM} } }`, (f) => ({ id: f.moduleToArchive })),
  restoreInternshipModule: write(`mutation($id: ID!) { restoreInternshipModule(id: $id) { ${PROGRAM} } }`, (f) => ({ id: f.moduleToRestore })),
  createInternshipTrack: write(`mutation($id: ID!, $input: InternshipTrackInput!) { createInternshipTrack(programId: $id, input: $input) { ${PROGRAM} } }`, (f) => ({
    id: f.program,
    input: { kind: 'GROUP', name: 'Групповой маршрут', moduleIds: [f.module] },
  })),
  updateInternshipTrack: write(`mutation($id: ID!, $input: InternshipTrackInput!) { updateInternshipTrack(id: $id, input: $input) { ${PROGRAM} } }`, (f) => ({
    id: f.track,
    input: { kind: 'INDIVIDUAL', name: 'Маршрут', moduleIds: [f.module] },
  })),
  archiveInternshipTrack: write(`mutation($id: ID!) { archiveInternshipTrack(id: $id) { ${PROGRAM} } }`, (f) => ({ id: f.trackToArchive })),
  restoreInternshipTrack: write(`mutation($id: ID!) { restoreInternshipTrack(id: $id) { ${PROGRAM} } }`, (f) => ({ id: f.trackToRestore })),
};
