import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { stagingFixtureApi, StagingFixtureApi } from './support/staging-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const SITE = `id kind level theme state startsOn endsOn orderNumber orderDate canEdit canEstablish archivedAt
  host { id name municipalityName } head { personId isMasterTeacher person { fullName } } masters { personId person { fullName } }
  competences { id code } programs { id title totalHours modules { id } tracks { id } }`;
const PROGRAM = `id title minMonths maxMonths totalHours canEdit modules(includeArchived: true) { id position title hours format archivedAt competences { code } }
  tracks { id kind name hours modules { id title } }`;
type Site = {
  id: string;
  state: string;
  canEdit: boolean;
  canEstablish: boolean;
  archivedAt: string | null;
  head: { personId: string } | null;
  masters: { personId: string }[];
  competences: { code: string }[];
  programs: { id: string; title: string }[];
};
type Program = {
  id: string;
  totalHours: number;
  modules: { id: string; position: number; title: string; hours: number; archivedAt: string | null }[];
  tracks: { id: string; kind: string; hours: number; modules: { id: string; title: string }[] }[];
};
const CREATE = `mutation($input: CreateStagingSiteInput!) { createStagingSite(input: $input) { ${SITE} } }`;
const UPDATE = `mutation($id: ID!, $input: StagingSiteInput!) { updateStagingSite(id: $id, input: $input) { ${SITE} } }`;
const GET = `query($id: ID!) { stagingSite(id: $id) { ${SITE} } }`;
const LIST = `query($first: Int!, $after: String, $offset: Int, $orderBy: StagingSiteOrder, $filter: StagingSiteFilter) {
  stagingSites(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id theme state } } }`;
const ORG_STATUSES = `query($id: ID!) { organization(id: $id) { statuses { kind year siteId } currentStatuses { kind year siteId } } }`;
const CREATE_PROGRAM = `mutation($id: ID!, $input: InternshipProgramInput!) { createInternshipProgram(siteId: $id, input: $input) { ${PROGRAM} } }`;
const ADD_MODULE = `mutation($id: ID!, $input: InternshipModuleInput!) { addInternshipModule(programId: $id, input: $input) { ${PROGRAM} } }`;
const CREATE_TRACK = `mutation($id: ID!, $input: InternshipTrackInput!) { createInternshipTrack(programId: $id, input: $input) { ${PROGRAM} } }`;

describe('staging sites and internship programmes', () => {
  let t: TestApp;
  let f: StagingFixtureApi;
  let methodist: string;
  let sosh1: string;
  let head: string;
  let master: string;
  let as1: string;
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM staging_site) s, (SELECT count(*) FROM staging_site_master) sm, (SELECT count(*) FROM staging_site_competence) sc,
              (SELECT count(*) FROM internship_program) p, (SELECT count(*) FROM internship_module) m, (SELECT count(*) FROM internship_track) tr,
              (SELECT count(*) FROM internship_track_module) tm, (SELECT count(*) FROM audit_log WHERE action <> 'read') a`,
    )) as unknown[])[0];
  const input = (over: Record<string, unknown> = {}) => ({
    kind: 'STAGING_SITE',
    level: 'MUNICIPAL',
    theme: 'Формирующее оценивание на уроке',
    startsOn: '2025-09-01',
    endsOn: '2030-08-31',
    orderNumber: '123',
    orderDate: '01.09.2025',
    headPersonId: head,
    masterIds: [master],
    competenceIds: [as1],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    f = stagingFixtureApi(t.db);
    methodist = await t.login('methodist.timashevsk');
    sosh1 = await f.org('demo:org:23-tim-sosh-1');
    head = await f.person('demo:person:23-tim-sosh1-head');
    master = await f.person('demo:person:23-tim-sosh1-master');
    as1 = await f.competence('AS1');
  });
  afterAll(() => t.close());

  it('a methodist sets up a site with head, masters and competences; the school holds the derived status while it works', async () => {
    const created = await t.gql<{ createStagingSite: Site }>(CREATE, { input: { ...input(), organizationId: sosh1 } }, methodist);
    expect(created.errors).toBeUndefined();
    const site = created.data!.createStagingSite;
    expect(site).toMatchObject({ state: 'ACTIVE', canEdit: true, canEstablish: true, head: { personId: head }, masters: [{ personId: master }], competences: [{ code: 'AS1' }] });
    const year = new Date().getFullYear();
    const statuses = await t.gql<{ organization: { statuses: { kind: string; year: number; siteId: string | null }[]; currentStatuses: { kind: string; siteId: string | null }[] } }>(
      ORG_STATUSES,
      { id: sosh1 },
      methodist,
    );
    const derived = statuses.data!.organization.statuses.filter((s) => s.siteId === site.id);
    expect(derived.map((s) => s.year).sort()).toEqual(Array.from({ length: year - 2025 + 1 }, (_, i) => 2025 + i));
    expect(derived.every((s) => s.kind === 'STAGING_SITE')).toBe(true);
    expect(statuses.data!.organization.currentStatuses).toContainEqual({ kind: 'STAGING_SITE', year, siteId: site.id });
    // The organisation list filters by the derived status too.
    const byStatus = await t.gql<{ organizations: { nodes: { id: string }[] } }>(
      `query { organizations(first: 100, filter: { statusKind: STAGING_SITE }) { nodes { id } } }`,
      {},
      methodist,
    );
    expect(byStatus.data!.organizations.nodes.map((n) => n.id)).toContain(sosh1);
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [site.id]);
    expect(audit.map((a) => a.action)).toEqual(['create']);

    // Past its end date it is shown as expired and the status leaves with it; archived likewise, and back on restore.
    const expired = await t.gql<{ updateStagingSite: Site }>(UPDATE, { id: site.id, input: input({ startsOn: '2019-09-01', endsOn: '2021-08-31' }) }, methodist);
    expect(expired.data!.updateStagingSite.state).toBe('EXPIRED');
    const after = await t.gql<{ organization: { statuses: { siteId: string | null }[] } }>(ORG_STATUSES, { id: sosh1 }, methodist);
    expect(after.data!.organization.statuses.filter((s) => s.siteId === site.id)).toEqual([]);
    await t.gql(UPDATE, { id: site.id, input: input() }, methodist);
    const archived = await t.gql<{ archiveStagingSite: Site }>(`mutation($id: ID!) { archiveStagingSite(id: $id) { ${SITE} } }`, { id: site.id }, methodist);
    expect(archived.data!.archiveStagingSite.archivedAt).not.toBeNull();
    const none = await t.gql<{ organization: { statuses: { siteId: string | null }[] } }>(ORG_STATUSES, { id: sosh1 }, methodist);
    expect(none.data!.organization.statuses.filter((s) => s.siteId === site.id)).toEqual([]);
    const restored = await t.gql<{ restoreStagingSite: Site }>(`mutation($id: ID!) { restoreStagingSite(id: $id) { ${SITE} } }`, { id: site.id }, methodist);
    expect(restored.data!.restoreStagingSite.archivedAt).toBeNull();
    const back = await t.gql<{ organization: { statuses: { siteId: string | null }[] } }>(ORG_STATUSES, { id: sosh1 }, methodist);
    expect(back.data!.organization.statuses.some((s) => s.siteId === site.id)).toBe(true);
  });

  it('never stores «стажировочная площадка» as an entered status: the organisation form and the database refuse it', async () => {
    const r = await t.gql(
      `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: sosh1, input: { statuses: [{ kind: 'STAGING_SITE', year: 2024 }] } },
      methodist,
    );
    expect(ext(r)?.fields?.[0].field).toBe('statuses.0.kind');
    await expect(t.db.query(`INSERT INTO organization_status (organization_id, kind, year) VALUES ($1, 'SUPPORT_SITE', 2024)`, [sosh1])).rejects.toThrow(
      /ck_organization_status_not_derived/,
    );
  });

  it('builds a programme: modules with hours and competences, moved and archived; individual and group tracks through them', async () => {
    const site = await f.site(sosh1);
    const p = await t.gql<{ createInternshipProgram: Program }>(CREATE_PROGRAM, { id: site, input: { title: 'Методические компетенции', minMonths: 12, maxMonths: 18, maxExperienceYears: 3 } }, methodist);
    expect(p.errors).toBeUndefined();
    const programId = p.data!.createInternshipProgram.id;
    for (const [title, hours, format] of [['Диагностика', 6, 'IN_PERSON'], ['Урок', 12, 'MIXED'], ['Оценивание', 8, 'ONLINE']] as const) {
      const r = await t.gql(ADD_MODULE, { id: programId, input: { title, hours, format, competenceIds: [as1] } }, methodist);
      expect(r.errors).toBeUndefined();
    }
    const withModules = (await t.gql<{ internshipProgram: Program }>(`query($id: ID!) { internshipProgram(id: $id) { ${PROGRAM} } }`, { id: programId }, methodist)).data!.internshipProgram;
    expect(withModules.modules.map((m) => [m.position, m.title])).toEqual([[1, 'Диагностика'], [2, 'Урок'], [3, 'Оценивание']]);
    expect(withModules.totalHours).toBe(26);
    const [diag, lesson, assess] = withModules.modules.map((m) => m.id);
    const moved = await t.gql<{ moveInternshipModule: Program }>(`mutation($id: ID!) { moveInternshipModule(id: $id, position: 1) { ${PROGRAM} } }`, { id: assess }, methodist);
    expect(moved.data!.moveInternshipModule.modules.map((m) => m.title)).toEqual(['Оценивание', 'Диагностика', 'Урок']);
    const track = await t.gql<{ createInternshipTrack: Program }>(CREATE_TRACK, { id: programId, input: { kind: 'INDIVIDUAL', name: 'Индивидуальный', moduleIds: [lesson, diag] } }, methodist);
    expect(track.data!.createInternshipTrack.tracks[0]).toMatchObject({ kind: 'INDIVIDUAL', hours: 18, modules: [{ title: 'Урок' }, { title: 'Диагностика' }] });
    await t.gql(CREATE_TRACK, { id: programId, input: { kind: 'GROUP', name: 'Групповой', moduleIds: [diag, lesson, assess] } }, methodist);
    const archived = await t.gql<{ archiveInternshipModule: Program }>(`mutation($id: ID!) { archiveInternshipModule(id: $id) { ${PROGRAM} } }`, { id: lesson }, methodist);
    const prog = archived.data!.archiveInternshipModule;
    expect(prog.totalHours).toBe(14);
    expect(prog.modules.map((m) => [m.title, m.position, !!m.archivedAt])).toEqual([['Оценивание', 1, false], ['Диагностика', 2, false], ['Урок', 3, true]]);
    // Tracks (individual first) keep their order and skip the archived module.
    expect(prog.tracks.map((tr) => [tr.kind, tr.modules.map((m) => m.title)])).toEqual([['INDIVIDUAL', ['Диагностика']], ['GROUP', ['Диагностика', 'Оценивание']]]);
    const restored = await t.gql<{ restoreInternshipModule: Program }>(`mutation($id: ID!) { restoreInternshipModule(id: $id) { ${PROGRAM} } }`, { id: lesson }, methodist);
    expect(restored.data!.restoreInternshipModule.totalHours).toBe(26);
  });

  it('refuses bad input on every change, writing nothing', async () => {
    const site = await f.site(sosh1);
    const program = await f.program(site);
    const m1 = await f.module(program, 1);
    const track = await f.track(program, [m1]);
    const other = await f.module(await f.program(site), 1);
    const young = await f.person('demo:person:23-tim-sosh1-intern');
    const vorkuta = await f.person('demo:person:11-vorkuta-sosh12-young-math');
    const before = await counts();
    const fieldsOf = async (query: string, vars: Record<string, unknown>) => ext(await t.gql(query, vars, methodist))?.fields?.map((x) => x.field);

    expect(await fieldsOf(CREATE, { input: { ...input({ theme: '  ', endsOn: '2020-01-01' }), organizationId: sosh1 } })).toEqual(['theme']);
    expect(await fieldsOf(CREATE, { input: { ...input({ endsOn: '2020-01-01' }), organizationId: sosh1 } })).toEqual(['endsOn']);
    expect(await fieldsOf(CREATE, { input: { ...input({ masterIds: [young], headPersonId: vorkuta }), organizationId: sosh1 } })).toEqual(['headPersonId', 'masterIds.0']);
    expect(await fieldsOf(CREATE, { input: { ...input({ startsOn: '01.09.2025' }), organizationId: sosh1 } })).toEqual(['startsOn']);
    expect(await fieldsOf(CREATE, { input: { ...input(), organizationId: await f.org('demo:org:11-vorkuta-sosh-12') } })).toEqual(['organizationId']);
    expect(await fieldsOf(UPDATE, { id: site, input: input({ competenceIds: ['00000000-0000-4000-8000-000000000000'] }) })).toEqual(['competenceIds.0']);
    expect(await fieldsOf(UPDATE, { id: site, input: input({ masterIds: [master, master] }) })).toEqual(['masterIds']);
    const programInput = { title: 'П', minMonths: 18, maxMonths: 12 };
    expect(await fieldsOf(CREATE_PROGRAM, { id: site, input: programInput })).toEqual(['maxMonths']);
    expect(await fieldsOf(CREATE_PROGRAM, { id: site, input: { ...programInput, title: ' ', maxMonths: 18 } })).toEqual(['title']);
    expect(
      await fieldsOf(`mutation($id: ID!, $input: InternshipProgramInput!) { updateInternshipProgram(id: $id, input: $input) { id } }`, { id: program, input: { title: 'П', minMonths: 0, maxMonths: 12 } }),
    ).toEqual(['minMonths']);
    expect(await fieldsOf(ADD_MODULE, { id: program, input: { title: 'М', hours: 0, format: 'IN_PERSON' } })).toEqual(['hours']);
    expect(
      await fieldsOf(`mutation($id: ID!, $input: InternshipModuleInput!) { updateInternshipModule(id: $id, input: $input) { id } }`, { id: m1, input: { title: 'М', hours: 501, format: 'ONLINE' } }),
    ).toEqual(['hours']);
    expect(await fieldsOf(`mutation($id: ID!) { moveInternshipModule(id: $id, position: 9) { id } }`, { id: m1 })).toEqual(['position']);
    expect(await fieldsOf(CREATE_TRACK, { id: program, input: { kind: 'GROUP', name: 'Г', moduleIds: [] } })).toEqual(['moduleIds']);
    expect(await fieldsOf(CREATE_TRACK, { id: program, input: { kind: 'GROUP', name: 'Г', moduleIds: [other] } })).toEqual(['moduleIds.0']);
    expect(
      await fieldsOf(`mutation($id: ID!, $input: InternshipTrackInput!) { updateInternshipTrack(id: $id, input: $input) { id } }`, { id: track, input: { kind: 'GROUP', name: 'Г', moduleIds: [m1, m1] } }),
    ).toEqual(['moduleIds']);
    const badEnum = await t.gql(ADD_MODULE, { id: program, input: { title: 'М', hours: 4, format: 'SOMETIMES' } }, methodist);
    expect(badEnum.errors?.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it('the host school keeps its site’s content, but the period, the order and closing belong to the territory', async () => {
    const admin = await t.login('admin');
    const school = await f.org('demo:org:11-vorkuta-sosh-12');
    const schoolAdmin = await t.login('school12.vorkuta');
    const vorkutaHead = ((await t.db.query(`SELECT p.person_id AS id FROM position p WHERE p.organization_id = $1 LIMIT 1`, [school])) as { id: string }[])[0].id;
    const own = { ...input({ headPersonId: vorkutaHead, masterIds: [], competenceIds: [] }) };
    const created = await t.gql<{ createStagingSite: Site }>(CREATE, { input: { ...own, organizationId: school } }, admin);
    const id = created.data!.createStagingSite.id;
    const mine = await t.gql<{ stagingSite: Site }>(GET, { id }, schoolAdmin);
    expect(mine.data!.stagingSite).toMatchObject({ canEdit: true, canEstablish: false });
    expect((await t.gql(UPDATE, { id, input: { ...own, theme: 'Новая тема' } }, schoolAdmin)).errors).toBeUndefined();
    expect(ext(await t.gql(UPDATE, { id, input: { ...own, endsOn: '2031-08-31' } }, schoolAdmin))?.code).toBe('FORBIDDEN');
    expect(ext(await t.gql(`mutation($id: ID!) { archiveStagingSite(id: $id) { id } }`, { id }, schoolAdmin))?.code).toBe('FORBIDDEN');
    expect(ext(await t.gql(CREATE, { input: { ...own, organizationId: school } }, schoolAdmin))?.fields?.[0].field).toBe('organizationId');
    // A teacher of the municipality reads the catalogue of his district; the methodist of another district does not see it.
    const teacher = await t.login('teacher.filippov');
    expect((await t.gql<{ stagingSite: Site }>(GET, { id }, teacher)).data!.stagingSite.canEdit).toBe(false);
    expect(ext(await t.gql(GET, { id }, methodist))?.code).toBe('NOT_FOUND');
    expect(ext(await t.gql(UPDATE, { id, input: own }, methodist))?.code).toBe('NOT_FOUND');
  });

  it('the catalogue finds sites by text, competence (any version of its framework, on the site or a module), municipality, kind, level and state', async () => {
    const admin = await t.login('admin');
    const list = async (filter: Record<string, unknown>, token = admin) => {
      const r = await t.gql<{ stagingSites: { totalCount: number; nodes: { id: string; theme: string; state: string }[] } }>(LIST, { first: 100, filter }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.stagingSites;
    };
    const ids = async (keys: string[]) => Promise.all(keys.map((k) => f.one('SELECT id FROM staging_site WHERE external_id = $1', [k])));
    const tim = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`)) as { id: string }[])[0].id;
    const timSites = (await list({ municipalityId: tim, archived: 'ACTIVE' })).nodes.map((n) => n.id);
    expect(timSites).toEqual(expect.arrayContaining(await ids(['demo:staging:timashevsk-2015-sosh-1', 'demo:staging:timashevsk-2020-sosh-2', 'demo:staging:timashevsk-2020-dou-7'])));
    const de1 = await f.competence('DE1');
    expect((await list({ competenceId: de1 })).nodes.map((n) => n.id)).toEqual(await ids(['demo:staging:timashevsk-2020-dou-7']));
    // IT2 is only on a module of the ICT programme (СОШ № 2, 2020–2023).
    expect((await list({ competenceId: await f.competence('IT2') })).nodes.map((n) => n.id)).toEqual(await ids(['demo:staging:timashevsk-2020-sosh-2']));
    // A newer version of the framework: its AS1 finds the sites tagged with the old version's AS1.
    const prof = await f.one(`SELECT id FROM competency_framework WHERE code = 'PROF' ORDER BY version DESC LIMIT 1`);
    const newer = await f.one(
      `INSERT INTO competency_framework (code, name, version, status, previous_version_id) SELECT code, name, version + 1, 'DRAFT', id FROM competency_framework WHERE id = $1 RETURNING id`,
      [prof],
    );
    const area = await f.one(`INSERT INTO competence_area (framework_id, code, name) VALUES ($1, 'AS', 'Оценочная') RETURNING id`, [newer]);
    const as1v2 = await f.one(`INSERT INTO competence (framework_id, area_id, code, name) VALUES ($1, $2, 'AS1', 'Формирующее оценивание') RETURNING id`, [newer, area]);
    const byOld = (await list({ competenceId: as1 })).nodes.map((n) => n.id).sort();
    expect(byOld.length).toBeGreaterThan(0);
    expect((await list({ competenceId: as1v2 })).nodes.map((n) => n.id).sort()).toEqual(byOld);
    expect((await list({ kind: 'SUPPORT_SITE' })).nodes.map((n) => n.id)).toEqual(await ids(['demo:staging:timashevsk-2020-dou-7']));
    expect((await list({ level: 'REGIONAL' })).totalCount).toBe(0);
    const expired = await list({ state: 'EXPIRED', municipalityId: tim });
    expect(expired.nodes.every((n) => n.state === 'EXPIRED')).toBe(true);
    expect(expired.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(await ids(['demo:staging:timashevsk-2015-sosh-13'])));
    const active = await list({ state: 'ACTIVE' });
    expect(active.nodes.map((n) => n.id)).toContain((await ids(['demo:staging:illustrative-borovichi-school-a']))[0]);
    expect(active.nodes.every((n) => n.state === 'ACTIVE')).toBe(true);
    // Text: the theme, the host's name, a programme's title.
    expect((await list({ search: 'икт-компетенции' })).nodes.map((n) => n.id)).toEqual(await ids(['demo:staging:timashevsk-2020-sosh-2']));
    expect((await list({ search: 'д/с № 7' })).nodes.map((n) => n.id)).toEqual(await ids(['demo:staging:timashevsk-2020-dou-7']));
    // A methodist of Podporozhye sees none of Timashevsk's sites.
    expect((await list({ municipalityId: tim }, await t.login('methodist.podporozhye'))).totalCount).toBe(0);
  });

  it('sorts the catalogue by every column both ways, by cursor and by offset', async () => {
    const token = await t.login('admin');
    const l = { gql: t.gql, token, query: LIST, variables: { filter: { archived: 'ALL' } }, pageSize: 4, pick: (d: Record<string, unknown>) => d['stagingSites'] as Page };
    const asc = await checkEveryOrder(l, ['THEME', 'HOST', 'MUNICIPALITY', 'KIND', 'LEVEL', 'STARTS_ON', 'ENDS_ON']);
    const ends: { id: string; e: string }[] = await t.db.query(`SELECT id, ends_on::text AS e FROM staging_site`);
    const end = new Map(ends.map((r) => [r.id, r.e]));
    const seq = asc['ENDS_ON'].map((id) => end.get(id)!);
    expect(seq).toEqual([...seq].sort());
    await checkPageRefusals(l);
  });

  it('lists the catalogue with hosts, people, competences and programmes at a bounded number of statements', async () => {
    const admin = await t.login('admin');
    for (let i = 0; i < 25; i += 1) {
      const site = await f.site(sosh1, { theme: `Площадка ${i}` });
      await t.db.query(`INSERT INTO staging_site_master (site_id, person_id) VALUES ($1, $2)`, [site, master]);
      await t.db.query(`INSERT INTO staging_site_competence (site_id, competence_id) VALUES ($1, $2)`, [site, as1]);
      const program = await f.program(site);
      await f.track(program, [await f.module(program, 1), await f.module(program, 2)]);
    }
    const Q = `query($first: Int!) { stagingSites(first: $first, filter: { archived: ALL }) { totalCount nodes { ${SITE} } } }`;
    const cost = async (first: number) => {
      t.counter.reset();
      const r = await t.gql<{ stagingSites: { nodes: unknown[] } }>(Q, { first }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.stagingSites.nodes).toHaveLength(first);
      return t.counter.statements;
    };
    const ten = await cost(10);
    expect(await cost(30)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(16);
  });
});
