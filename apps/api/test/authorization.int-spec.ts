import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { GqlResult, idOf, startTestApp, TestApp } from './support/test-app';

/**
 * One row per query and mutation of the schema: who passes in scope, who gets NOT_FOUND (or a
 * narrowed list) out of scope, who lacks the permission (FORBIDDEN), and the anonymous caller.
 */
type Login = 'admin' | 'coordinator.lo' | 'methodist.podporozhye' | 'methodist.timashevsk' | 'school12.vorkuta' | 'mentor.zhdanova' | 'teacher.filippov';

interface Ids {
  org12: string;
  org35: string;
  orgPodp1: string;
  orgPodp9: string;
  filippov: string;
  zhdanova: string;
  balashova: string;
  sosh35physics: string;
  podpMath: string;
  podpYoung: string;
  munPodp: string;
  munTimashevsk: string;
  region47: string;
}

interface Call {
  query: string;
  vars?: (ids: Ids) => Record<string, unknown>;
}
interface OperationCase {
  allowed: Call & { as: Login; check?: (data: Record<string, unknown>, ids: Ids) => void };
  outOfScope?: Call & { as: Login; code: string };
  forbidden?: Call & { as: Login };
  anonymous: Call & { expect: 'UNAUTHENTICATED' | 'PASSES' };
}

const ORG_FIELDS = 'id name';
const PERSON_FIELDS = 'id lastName';
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

const Q = {
  me: 'query { me { login } }',
  regions: 'query { regions { id code } }',
  municipalities: 'query($r: ID) { municipalities(regionId: $r) { id name } }',
  organizations: `query { organizations(first: 100) { totalCount nodes { ${ORG_FIELDS} } } }`,
  organization: `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS} } }`,
  createOrganization: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`,
  updateOrganization: `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORG_FIELDS} } }`,
  archiveOrganization: `mutation($id: ID!) { archiveOrganization(id: $id) { id archivedAt } }`,
  restoreOrganization: `mutation($id: ID!) { restoreOrganization(id: $id) { id archivedAt } }`,
  people: `query { people(first: 100) { totalCount nodes { ${PERSON_FIELDS} } } }`,
  person: `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`,
  createPerson: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`,
  updatePerson: `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${PERSON_FIELDS} } }`,
  archivePerson: `mutation($id: ID!) { archivePerson(id: $id) { id archivedAt } }`,
  restorePerson: `mutation($id: ID!) { restorePerson(id: $id) { id archivedAt } }`,
  login: 'mutation($i: LoginInput!) { login(input: $i) { me { login } } }',
  logout: 'mutation { logout }',
  registryImportTemplate: 'query($kind: RegistryImportKind!) { registryImportTemplate(kind: $kind) { fileName contentBase64 } }',
  importRegistry: `mutation($input: ImportRegistryInput!) { importRegistry(input: $input) { dryRun total created errors { line column message } } }`,
};

/** A one-row organisations CSV («;» as Russian Excel saves it) for a dry run. */
const orgCsv = (municipality: string) => ({
  input: {
    kind: 'ORGANIZATIONS',
    fileName: 'orgs.csv',
    dryRun: true,
    contentBase64: Buffer.from(`Код;Полное наименование;Вид;Муниципалитет\ntest:${unique()};МБОУ «Проверочная школа»;СОШ;${municipality}\n`).toString('base64'),
  },
});
const PODP = 'Подпорожский муниципальный район';
const TIMASHEVSK = 'Тимашевский район';

const newPerson = (orgId: string) => ({
  input: { lastName: `Тестова${unique()}`, firstName: 'Анна', positions: [{ organizationId: orgId, kind: 'TEACHER' }] },
});

const CASES: Record<keyof typeof Q, OperationCase> = {
  me: {
    allowed: { as: 'teacher.filippov', query: Q.me, check: (d) => expect(d['me']).toEqual({ login: 'teacher.filippov' }) },
    anonymous: { query: Q.me, expect: 'PASSES' },
  },
  regions: {
    allowed: { as: 'coordinator.lo', query: Q.regions, check: (d) => expect((d['regions'] as { code: string }[]).map((r) => r.code)).toEqual(['47']) },
    anonymous: { query: Q.regions, expect: 'UNAUTHENTICATED' },
  },
  municipalities: {
    allowed: {
      as: 'methodist.timashevsk',
      query: Q.municipalities,
      check: (d) => expect((d['municipalities'] as { name: string }[]).map((m) => m.name)).toEqual(['Тимашевский район']),
    },
    anonymous: { query: Q.municipalities, expect: 'UNAUTHENTICATED' },
  },
  organizations: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.organizations,
      check: (d, ids) => expect((d['organizations'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual([ids.org12]),
    },
    anonymous: { query: Q.organizations, expect: 'UNAUTHENTICATED' },
  },
  organization: {
    allowed: { as: 'school12.vorkuta', query: Q.organization, vars: (ids) => ({ id: ids.org12 }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.organization, vars: (ids) => ({ id: ids.org35 }), code: 'NOT_FOUND' },
    anonymous: { query: Q.organization, vars: (ids) => ({ id: ids.org12 }), expect: 'UNAUTHENTICATED' },
  },
  createOrganization: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.createOrganization,
      vars: (ids) => ({ input: { municipalityId: ids.munPodp, name: `МБОУ «Школа ${unique()}»`, kind: 'SCHOOL' } }),
    },
    outOfScope: {
      as: 'methodist.podporozhye',
      query: Q.createOrganization,
      vars: (ids) => ({ input: { municipalityId: ids.munTimashevsk, name: 'Чужая школа', kind: 'SCHOOL' } }),
      code: 'BAD_USER_INPUT',
    },
    forbidden: { as: 'teacher.filippov', query: Q.createOrganization, vars: (ids) => ({ input: { municipalityId: ids.munPodp, name: 'Школа', kind: 'SCHOOL' } }) },
    anonymous: { query: Q.createOrganization, vars: (ids) => ({ input: { municipalityId: ids.munPodp, name: 'Школа', kind: 'SCHOOL' } }), expect: 'UNAUTHENTICATED' },
  },
  updateOrganization: {
    allowed: { as: 'school12.vorkuta', query: Q.updateOrganization, vars: (ids) => ({ id: ids.org12, input: { website: 'https://sosh12.example.ru' } }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.updateOrganization, vars: (ids) => ({ id: ids.org35, input: { name: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateOrganization, vars: (ids) => ({ id: ids.org12, input: { name: 'Захват' } }) },
    anonymous: { query: Q.updateOrganization, vars: (ids) => ({ id: ids.org12, input: { name: 'Захват' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveOrganization: {
    allowed: { as: 'methodist.podporozhye', query: Q.archiveOrganization, vars: (ids) => ({ id: ids.orgPodp9 }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.archiveOrganization, vars: (ids) => ({ id: ids.orgPodp1 }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archiveOrganization, vars: (ids) => ({ id: ids.org35 }) },
    anonymous: { query: Q.archiveOrganization, vars: (ids) => ({ id: ids.org12 }), expect: 'UNAUTHENTICATED' },
  },
  restoreOrganization: {
    allowed: { as: 'methodist.podporozhye', query: Q.restoreOrganization, vars: (ids) => ({ id: ids.orgPodp9 }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.restoreOrganization, vars: (ids) => ({ id: ids.org35 }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.restoreOrganization, vars: (ids) => ({ id: ids.org12 }) },
    anonymous: { query: Q.restoreOrganization, vars: (ids) => ({ id: ids.org12 }), expect: 'UNAUTHENTICATED' },
  },
  people: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.people,
      check: (d, ids) => expect((d['people'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual([ids.filippov]),
    },
    anonymous: { query: Q.people, expect: 'UNAUTHENTICATED' },
  },
  person: {
    allowed: { as: 'coordinator.lo', query: Q.person, vars: (ids) => ({ id: ids.podpMath }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.person, vars: (ids) => ({ id: ids.podpMath }), code: 'NOT_FOUND' },
    anonymous: { query: Q.person, vars: (ids) => ({ id: ids.podpMath }), expect: 'UNAUTHENTICATED' },
  },
  createPerson: {
    allowed: { as: 'school12.vorkuta', query: Q.createPerson, vars: (ids) => newPerson(ids.org12) },
    outOfScope: { as: 'school12.vorkuta', query: Q.createPerson, vars: (ids) => newPerson(ids.org35), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createPerson, vars: (ids) => newPerson(ids.org12) },
    anonymous: { query: Q.createPerson, vars: (ids) => newPerson(ids.org12), expect: 'UNAUTHENTICATED' },
  },
  updatePerson: {
    allowed: { as: 'school12.vorkuta', query: Q.updatePerson, vars: (ids) => ({ id: ids.balashova, input: { phone: '+7 900 000-00-00' } }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.updatePerson, vars: (ids) => ({ id: ids.zhdanova, input: { lastName: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updatePerson, vars: (ids) => ({ id: ids.filippov, input: { lastName: 'Сам' } }) },
    anonymous: { query: Q.updatePerson, vars: (ids) => ({ id: ids.filippov, input: { lastName: 'Аноним' } }), expect: 'UNAUTHENTICATED' },
  },
  archivePerson: {
    allowed: { as: 'coordinator.lo', query: Q.archivePerson, vars: (ids) => ({ id: ids.podpYoung }) },
    outOfScope: { as: 'coordinator.lo', query: Q.archivePerson, vars: (ids) => ({ id: ids.sosh35physics }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archivePerson, vars: (ids) => ({ id: ids.zhdanova }) },
    anonymous: { query: Q.archivePerson, vars: (ids) => ({ id: ids.zhdanova }), expect: 'UNAUTHENTICATED' },
  },
  restorePerson: {
    allowed: { as: 'coordinator.lo', query: Q.restorePerson, vars: (ids) => ({ id: ids.podpYoung }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.restorePerson, vars: (ids) => ({ id: ids.podpYoung }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.restorePerson, vars: (ids) => ({ id: ids.filippov }) },
    anonymous: { query: Q.restorePerson, vars: (ids) => ({ id: ids.filippov }), expect: 'UNAUTHENTICATED' },
  },
  login: {
    allowed: { as: 'admin', query: Q.login, vars: () => ({ i: { login: 'mentor.zhdanova', password: DEMO_PASSWORD } }) },
    anonymous: { query: Q.login, vars: () => ({ i: { login: 'teacher.filippov', password: DEMO_PASSWORD } }), expect: 'PASSES' },
  },
  logout: {
    // A session of its own (see tokenFor), so logging out does not spoil the other rows.
    allowed: { as: 'mentor.zhdanova', query: Q.logout, check: (d) => expect(d['logout']).toBe(true) },
    anonymous: { query: Q.logout, expect: 'UNAUTHENTICATED' },
  },
  registryImportTemplate: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.registryImportTemplate,
      vars: () => ({ kind: 'PEOPLE' }),
      check: (d) => expect((d['registryImportTemplate'] as { contentBase64: string }).contentBase64.length).toBeGreaterThan(100),
    },
    forbidden: { as: 'school12.vorkuta', query: Q.registryImportTemplate, vars: () => ({ kind: 'PEOPLE' }) },
    anonymous: { query: Q.registryImportTemplate, vars: () => ({ kind: 'PEOPLE' }), expect: 'UNAUTHENTICATED' },
  },
  importRegistry: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.importRegistry,
      vars: () => orgCsv(PODP),
      check: (d) => expect(d['importRegistry']).toMatchObject({ dryRun: true, total: 1, created: 1, errors: [] }),
    },
    // Out of scope is a row error in the report (nothing written), checked in «scopes in detail».
    forbidden: { as: 'school12.vorkuta', query: Q.importRegistry, vars: () => orgCsv(PODP) },
    anonymous: { query: Q.importRegistry, vars: () => orgCsv(PODP), expect: 'UNAUTHENTICATED' },
  },
};

describe('authorization: every operation × (in scope, out of scope, no permission, anonymous)', () => {
  let t: TestApp;
  let ids: Ids;
  const tokens = new Map<Login, string>();
  const tokenFor = async (login: Login, fresh = false): Promise<string> => {
    if (fresh) return t.login(login);
    if (!tokens.has(login)) tokens.set(login, await t.login(login));
    return tokens.get(login)!;
  };
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestApp();
    const mun = async (name: string) => ((await t.db.query('SELECT id FROM municipality WHERE name = $1', [name])) as { id: string }[])[0].id;
    const region = ((await t.db.query(`SELECT id FROM region WHERE code = '47'`)) as { id: string }[])[0].id;
    ids = {
      org12: await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12'),
      org35: await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35'),
      orgPodp1: await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1'),
      orgPodp9: await idOf(t.db, 'organization', 'demo:org:47-podp-oosh-9'),
      filippov: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math'),
      zhdanova: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math'),
      balashova: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-balashova'),
      sosh35physics: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-physics'),
      podpMath: await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math'),
      podpYoung: await idOf(t.db, 'person', 'demo:person:47-podp-sosh3-young'),
      munPodp: await mun('Подпорожский муниципальный район'),
      munTimashevsk: await mun('Тимашевский район'),
      region47: region,
    };
  });
  afterAll(() => t.close());

  it('has a row for every query and mutation the schema serves', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const served = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : [])).sort();
    expect(Object.keys(CASES).sort()).toEqual(served);
  });

  describe.each(Object.entries(CASES))('%s', (name, c) => {
    it('passes for the allowed role in scope', async () => {
      const token = await tokenFor(c.allowed.as, name === 'logout');
      const r = await t.gql(c.allowed.query, c.allowed.vars?.(ids), token);
      expect(r.errors).toBeUndefined();
      expect(r.data?.[name]).toBeDefined();
      c.allowed.check?.(r.data!, ids);
    });

    if (c.outOfScope) {
      const o = c.outOfScope;
      it(`gives ${o.code} out of scope (${o.as})`, async () => {
        const r = await t.gql(o.query, o.vars?.(ids), await tokenFor(o.as));
        expect(codeOf(r)).toBe(o.code);
        expect(r.data?.[name] ?? null).toBeNull();
      });
    }

    if (c.forbidden) {
      const f = c.forbidden;
      it(`gives FORBIDDEN to a role without the permission (${f.as})`, async () => {
        const r = await t.gql(f.query, f.vars?.(ids), await tokenFor(f.as));
        expect(codeOf(r)).toBe('FORBIDDEN');
      });
    }

    it(c.anonymous.expect === 'PASSES' ? 'is open to anonymous callers' : 'gives UNAUTHENTICATED to anonymous callers', async () => {
      const r = await t.gql(c.anonymous.query, c.anonymous.vars?.(ids));
      if (c.anonymous.expect === 'PASSES') {
        expect(r.errors).toBeUndefined();
        expect(r.data).toHaveProperty(name);
      } else {
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('scopes in detail', () => {
    it('shows the teacher only himself in people and only his school in organizations', async () => {
      const token = await tokenFor('teacher.filippov');
      const people = await t.gql<{ people: { totalCount: number; nodes: { id: string }[] } }>(Q.people, {}, token);
      expect(people.data!.people.totalCount).toBe(1);
      expect(people.data!.people.nodes.map((n) => n.id)).toEqual([ids.filippov]);
      const orgs = await t.gql<{ organizations: { totalCount: number; nodes: { id: string }[] } }>(Q.organizations, {}, token);
      expect(orgs.data!.organizations.nodes.map((n) => n.id)).toEqual([ids.org12]);
      expect(orgs.data!.organizations.totalCount).toBe(1);
    });

    it('shows the teacher his school’s card with only himself on the staff', async () => {
      const token = await tokenFor('teacher.filippov');
      const r = await t.gql<{ organization: { id: string; staff: { person: { id: string } | null }[] } }>(
        'query($id: ID!) { organization(id: $id) { id staff { person { id } } } }',
        { id: ids.org12 },
        token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.organization.staff.map((s) => s.person?.id)).toEqual([ids.filippov]);
      const colleague = await t.gql(Q.person, { id: ids.balashova }, token);
      expect(codeOf(colleague)).toBe('NOT_FOUND');
      const other = await t.gql(Q.organization, { id: ids.org35 }, token);
      expect(codeOf(other)).toBe('NOT_FOUND');
    });

    it('lets the org admin of Vorkuta №12 see №12 and its whole staff, but not №35', async () => {
      const token = await tokenFor('school12.vorkuta');
      const r = await t.gql<{ organization: { staff: { person: { id: string } | null }[] } }>(
        'query($id: ID!) { organization(id: $id) { staff { person { id } } } }',
        { id: ids.org12 },
        token,
      );
      const expected: { person_id: string }[] = await t.db.query(
        `SELECT DISTINCT p.person_id FROM position p JOIN person pe ON pe.id = p.person_id WHERE p.organization_id = $1 AND pe.archived_at IS NULL`,
        [ids.org12],
      );
      const seen = new Set(r.data!.organization.staff.map((s) => s.person?.id));
      expect(seen).toEqual(new Set(expected.map((e) => e.person_id)));
      expect(seen.has(ids.filippov)).toBe(true);
      expect(codeOf(await t.gql(Q.organization, { id: ids.org35 }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(Q.person, { id: ids.zhdanova }, token))).toBe('NOT_FOUND');
    });

    it('keeps methodist.timashevsk away from a Podporozhye person and out of the Podporozhye lists', async () => {
      const token = await tokenFor('methodist.timashevsk');
      expect(codeOf(await t.gql(Q.person, { id: ids.podpMath }, token))).toBe('NOT_FOUND');
      const people = await t.gql<{ people: { nodes: { id: string }[] } }>(Q.people, {}, token);
      expect(people.data!.people.nodes.map((n) => n.id)).not.toContain(ids.podpMath);
      const orgs = await t.gql<{ organizations: { nodes: { id: string }[] } }>(Q.organizations, {}, token);
      expect(orgs.data!.organizations.nodes.map((n) => n.id)).not.toContain(ids.orgPodp1);
    });

    it('reports an import row in another municipality as out of scope and writes nothing', async () => {
      const token = await tokenFor('methodist.podporozhye');
      const before: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM organization');
      const vars = orgCsv(TIMASHEVSK);
      const r = await t.gql<{ importRegistry: { created: number; errors: { line: number; column: string | null; message: string }[] } }>(
        Q.importRegistry,
        { input: { ...vars.input, dryRun: false } },
        token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.importRegistry.errors).toEqual([{ line: 2, column: 'Муниципалитет', message: 'Муниципалитет вне вашей зоны ответственности' }]);
      expect(await t.db.query('SELECT count(*) AS n FROM organization')).toEqual(before);
    });

    it('lets coordinator.lo read all of region 47 and nothing else', async () => {
      const token = await tokenFor('coordinator.lo');
      const expected: { id: string }[] = await t.db.query(
        `SELECT DISTINCT pe.id FROM person pe JOIN position p ON p.person_id = pe.id JOIN organization o ON o.id = p.organization_id
           JOIN municipality m ON m.id = o.municipality_id WHERE m.region_id = $1 AND pe.archived_at IS NULL`,
        [ids.region47],
      );
      const people = await t.gql<{ people: { totalCount: number; nodes: { id: string }[] } }>(Q.people, {}, token);
      expect(people.data!.people.totalCount).toBe(expected.length);
      expect(new Set(people.data!.people.nodes.map((n) => n.id))).toEqual(new Set(expected.map((e) => e.id)));
      const card = await t.gql<{ person: { id: string } }>(Q.person, { id: ids.podpMath }, token);
      expect(card.data!.person.id).toBe(ids.podpMath);
      expect(codeOf(await t.gql(Q.person, { id: ids.filippov }, token))).toBe('NOT_FOUND');
    });
  });
});
