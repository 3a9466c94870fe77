import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const TREE = `id code version status name previousVersionId archivedAt canEdit canManage competenceCount
  areas { id code name position competences { id code name areaId indicators { id code name } } }`;
const F = `mutation($input: CreateFrameworkInput!) { createCompetencyFramework(input: $input) { ${TREE} } }`;
const ADD_AREA = `mutation($id: ID!, $input: AreaInput!) { addCompetenceArea(frameworkId: $id, input: $input) { ${TREE} } }`;
const ADD_COMP = `mutation($id: ID!, $input: CompetenceInput!) { addCompetence(areaId: $id, input: $input) { ${TREE} } }`;
const ADD_IND = `mutation($id: ID!, $input: IndicatorInput!) { addCompetenceIndicator(competenceId: $id, input: $input) { ${TREE} } }`;
const GET = `query($id: ID!) { competencyFramework(id: $id) { ${TREE} } }`;
const PUBLISH = `mutation($id: ID!) { publishCompetencyFramework(id: $id) { ${TREE} } }`;
const VERSION = `mutation($id: ID!) { createCompetencyFrameworkVersion(id: $id) { ${TREE} } }`;
const LIST = `query($first: Int!, $after: String, $filter: FrameworkFilter) { competencyFrameworks(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id code version status canEdit competenceCount } } }`;

type Tree = {
  id: string;
  code: string;
  version: number;
  status: string;
  name: string;
  previousVersionId: string | null;
  archivedAt: string | null;
  canEdit: boolean;
  canManage: boolean;
  competenceCount: number;
  areas: { id: string; code: string; competences: { id: string; code: string; areaId: string; indicators: { id: string; code: string }[] }[] }[];
};

let seq = 0;
const unique = () => `T${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

describe('competency frameworks', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let methodist: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, coordinator, methodist] = await Promise.all(['admin', 'coordinator.lo', 'methodist.podporozhye'].map((l) => t.login(l)));
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, token = coordinator): Promise<T> => {
    const r = await t.gql<Record<string, T>>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0];
  };
  const counts = async () =>
    (await t.db.query(
      `SELECT (SELECT count(*) FROM competency_framework) f, (SELECT count(*) FROM competence_area) a, (SELECT count(*) FROM competence) c, (SELECT count(*) FROM competence_indicator) i`,
    )) as unknown[];

  /** A draft with two areas, three competences and an indicator. */
  const draft = async (code = unique()): Promise<Tree> => {
    const f = await ok<Tree>(F, { input: { code, name: `Рамка ${code}` } });
    let tree = await ok<Tree>(ADD_AREA, { id: f.id, input: { code: 'A1', name: 'Область 1' } });
    tree = await ok<Tree>(ADD_AREA, { id: f.id, input: { code: 'A2', name: 'Область 2' } });
    const [a1, a2] = tree.areas;
    tree = await ok<Tree>(ADD_COMP, { id: a1.id, input: { code: 'A1.1', name: 'Компетенция 1.1' } });
    tree = await ok<Tree>(ADD_COMP, { id: a1.id, input: { code: 'A1.2', name: 'Компетенция 1.2' } });
    tree = await ok<Tree>(ADD_COMP, { id: a2.id, input: { code: 'A2.1', name: 'Компетенция 2.1' } });
    tree = await ok<Tree>(ADD_IND, { id: tree.areas[0].competences[0].id, input: { code: 'I1', name: 'Формулирует задачу' } });
    return tree;
  };

  it('creates a DRAFT version 1 and builds its tree in order', async () => {
    const tree = await draft();
    expect(tree).toMatchObject({ version: 1, status: 'DRAFT', canEdit: true, canManage: true, competenceCount: 3 });
    expect(tree.areas.map((a) => [a.code, a.competences.map((c) => c.code)])).toEqual([
      ['A1', ['A1.1', 'A1.2']],
      ['A2', ['A2.1']],
    ]);
    expect(tree.areas[0].competences[0].indicators.map((i) => i.code)).toEqual(['I1']);
    const audit = (await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`, [tree.id])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'add-area', 'add-area', 'add-competence', 'add-competence', 'add-competence', 'add-indicator']);
  });

  it('refuses duplicate codes with a Russian field error from the database constraints, writing nothing', async () => {
    const tree = await draft();
    const before = await counts();
    const area = await t.gql(ADD_AREA, { id: tree.id, input: { code: 'A1', name: 'Ещё одна' } }, coordinator);
    expect(ext(area)?.fields).toEqual([{ field: 'code', message: 'Область с таким кодом уже есть в этой рамке' }]);
    const comp = await t.gql(ADD_COMP, { id: tree.areas[1].id, input: { code: 'A1.1', name: 'Дубль' } }, coordinator);
    expect(ext(comp)?.fields).toEqual([{ field: 'code', message: 'Компетенция с таким кодом уже есть в этой рамке' }]);
    const ind = await t.gql(ADD_IND, { id: tree.areas[0].competences[0].id, input: { code: 'I1', name: 'Дубль' } }, coordinator);
    expect(ext(ind)?.fields).toEqual([{ field: 'code', message: 'Индикатор с таким кодом уже есть у этой компетенции' }]);
    const again = await t.gql(F, { input: { code: tree.code, name: 'Та же' } }, coordinator);
    expect(ext(again)?.fields?.[0]?.field).toBe('code');
    const blank = await t.gql(F, { input: { code: 'с пробелом', name: ' ' } }, coordinator);
    expect(ext(blank)?.code).toBe('BAD_USER_INPUT');
    expect(ext(blank)?.fields?.map((f) => f.field).sort()).toEqual(['code', 'name']);
    expect(await counts()).toEqual(before);
  });

  it('answers bad input on every operation with a clear error and writes nothing', async () => {
    const tree = await draft();
    const other = await draft();
    const [a1] = tree.areas;
    const c11 = a1.competences[0];
    const unknown = '00000000-0000-4000-8000-000000000000';
    const before = await counts();
    const auditBefore = await t.db.query('SELECT count(*) FROM audit_log');
    const cases: [string, Record<string, unknown>, string, string[]?][] = [
      [`mutation($id: ID!, $input: UpdateFrameworkInput!) { updateCompetencyFramework(id: $id, input: $input) { id } }`, { id: tree.id, input: { name: '  ' } }, 'BAD_USER_INPUT', ['name']],
      [ADD_AREA, { id: tree.id, input: { code: '', name: 'Область' } }, 'BAD_USER_INPUT', ['code']],
      [`mutation($id: ID!, $input: AreaInput!) { updateCompetenceArea(id: $id, input: $input) { id } }`, { id: a1.id, input: { code: 'A1', name: '' } }, 'BAD_USER_INPUT', ['name']],
      [`mutation($id: ID!) { removeCompetenceArea(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [`mutation($id: ID!) { removeCompetenceArea(id: $id) { id } }`, { id: 'не-uuid' }, 'BAD_USER_INPUT'],
      [ADD_COMP, { id: a1.id, input: { code: 'A 1', name: 'С пробелом в коде' } }, 'BAD_USER_INPUT', ['code']],
      [`mutation($id: ID!, $input: CompetenceInput!) { updateCompetence(id: $id, input: $input) { id } }`, { id: c11.id, input: { code: 'A1.1', name: 'Имя', areaId: other.areas[0].id } }, 'BAD_USER_INPUT', ['areaId']],
      [`mutation($id: ID!) { removeCompetence(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [ADD_IND, { id: c11.id, input: { code: 'I9', name: '' } }, 'BAD_USER_INPUT', ['name']],
      [ADD_IND, { id: unknown, input: { code: 'I9', name: 'Индикатор' } }, 'NOT_FOUND'],
      [`mutation($id: ID!, $input: IndicatorInput!) { updateCompetenceIndicator(id: $id, input: $input) { id } }`, { id: c11.indicators[0].id, input: { code: '', name: 'Имя' } }, 'BAD_USER_INPUT', ['code']],
      [`mutation($id: ID!) { removeCompetenceIndicator(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [PUBLISH, { id: unknown }, 'NOT_FOUND'],
      [VERSION, { id: tree.id }, 'BAD_USER_INPUT'],
      [`mutation($id: ID!) { archiveCompetencyFramework(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [`mutation($id: ID!) { restoreCompetencyFramework(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [LIST, { first: 101 }, 'BAD_USER_INPUT', ['first']],
      [LIST, { first: 10, after: 'мусор' }, 'BAD_USER_INPUT', ['after']],
    ];
    for (const [query, variables, code, fields] of cases) {
      const res = await t.gql(query, variables, coordinator);
      expect({ variables, code: ext(res)?.code }).toEqual({ variables, code });
      if (fields) expect(ext(res)?.fields?.map((f) => f.field)).toEqual(fields);
      expect(ext(res)?.fields?.every((f) => /[а-яё]/i.test(f.message)) ?? true).toBe(true);
    }
    expect(await counts()).toEqual(before);
    expect(await t.db.query('SELECT count(*) FROM audit_log')).toEqual(auditBefore);
  });

  describe('versioning', () => {
    it('refuses to publish an empty framework', async () => {
      const f = await ok<Tree>(F, { input: { code: unique(), name: 'Пустая' } });
      const r = await t.gql(PUBLISH, { id: f.id }, coordinator);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/нет ни одной компетенции/);
    });

    it('never changes a published version in place; a new version copies the codes; publishing retires the previous', async () => {
      const v1 = await draft();
      const published = await ok<Tree>(PUBLISH, { id: v1.id });
      expect(published).toMatchObject({ status: 'PUBLISHED', canEdit: false });

      const before = await counts();
      const c11 = v1.areas[0].competences[0];
      const attempts = [
        [ADD_AREA, { id: v1.id, input: { code: 'A9', name: 'Новая' } }],
        [`mutation($id: ID!, $input: UpdateFrameworkInput!) { updateCompetencyFramework(id: $id, input: $input) { id } }`, { id: v1.id, input: { name: 'Новое имя' } }],
        [`mutation($id: ID!, $input: AreaInput!) { updateCompetenceArea(id: $id, input: $input) { id } }`, { id: v1.areas[0].id, input: { code: 'A1', name: 'Иначе' } }],
        [`mutation($id: ID!) { removeCompetenceArea(id: $id) { id } }`, { id: v1.areas[1].id }],
        [ADD_COMP, { id: v1.areas[0].id, input: { code: 'A1.9', name: 'Новая' } }],
        [`mutation($id: ID!, $input: CompetenceInput!) { updateCompetence(id: $id, input: $input) { id } }`, { id: c11.id, input: { code: 'A1.1', name: 'Иначе' } }],
        [`mutation($id: ID!) { removeCompetence(id: $id) { id } }`, { id: c11.id }],
        [ADD_IND, { id: c11.id, input: { code: 'I9', name: 'Новый' } }],
        [`mutation($id: ID!, $input: IndicatorInput!) { updateCompetenceIndicator(id: $id, input: $input) { id } }`, { id: c11.indicators[0].id, input: { code: 'I1', name: 'Иначе' } }],
        [`mutation($id: ID!) { removeCompetenceIndicator(id: $id) { id } }`, { id: c11.indicators[0].id }],
        [PUBLISH, { id: v1.id }],
      ] as const;
      for (const [query, variables] of attempts) {
        const r = await t.gql(query, variables, coordinator);
        expect(ext(r)?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.message).toBe('Действующая версия не изменяется: создайте новую версию');
      }
      expect(await counts()).toEqual(before);
      expect(await ok<Tree>(GET, { id: v1.id })).toEqual(published);

      const v2 = await ok<Tree>(VERSION, { id: v1.id });
      expect(v2).toMatchObject({ code: v1.code, version: 2, status: 'DRAFT', previousVersionId: v1.id, canEdit: true });
      const shape = (x: Tree) => x.areas.map((a) => [a.code, a.competences.map((c) => [c.code, c.indicators.map((i) => i.code)])]);
      expect(shape(v2)).toEqual(shape(v1));
      expect(v2.areas[0].competences[0].id).not.toBe(c11.id);

      const second = await t.gql(VERSION, { id: v1.id }, coordinator);
      expect(r(second)).toMatch(/Черновик новой версии уже есть/);

      await ok(ADD_COMP, { id: v2.areas[1].id, input: { code: 'A2.2', name: 'Новая в версии 2' } });
      const p2 = await ok<Tree>(PUBLISH, { id: v2.id });
      expect(p2).toMatchObject({ status: 'PUBLISHED', version: 2, competenceCount: 4 });
      expect((await ok<Tree>(GET, { id: v1.id })).status).toBe('RETIRED');
      const audit = (await t.db.query(`SELECT action, after FROM audit_log WHERE entity_id = $1 AND action = 'publish'`, [v2.id])) as { after: { retired: string[] } }[];
      expect(audit[0].after.retired).toEqual([v1.id]);
    });

    const r = (x: { errors?: { message: string }[] }) => x.errors?.[0]?.message;

    it('archives and restores (undo), and refuses changes while archived', async () => {
      const f = await draft();
      const archived = await ok<Tree>(`mutation($id: ID!) { archiveCompetencyFramework(id: $id) { ${TREE} } }`, { id: f.id });
      expect(archived.archivedAt).not.toBeNull();
      expect(archived.canEdit).toBe(false);
      const locked = await t.gql(ADD_AREA, { id: f.id, input: { code: 'A3', name: 'Новая' } }, coordinator);
      expect(r(locked)).toBe('Рамка в архиве: сначала восстановите её');
      const list = await ok<{ nodes: { id: string }[] }>(LIST, { first: 100, filter: { search: f.code } });
      expect(list.nodes).toEqual([]);
      const all = await ok<{ nodes: { id: string }[] }>(LIST, { first: 100, filter: { search: f.code, archived: 'ALL' } });
      expect(all.nodes.map((n) => n.id)).toEqual([f.id]);
      const restored = await ok<Tree>(`mutation($id: ID!) { restoreCompetencyFramework(id: $id) { ${TREE} } }`, { id: f.id });
      expect(restored.archivedAt).toBeNull();
      expect(restored.canEdit).toBe(true);
    });
  });

  describe('reading', () => {
    it('lists by code, newest version first, filtered by status and search, with cursor paging', async () => {
      const code = unique();
      const v1 = await draft(code);
      await ok(PUBLISH, { id: v1.id });
      const v2 = await ok<Tree>(VERSION, { id: v1.id });
      const found = await ok<{ nodes: { id: string; version: number }[] }>(LIST, { first: 10, filter: { search: code } });
      expect(found.nodes.map((n) => n.version)).toEqual([2, 1]);
      const drafts = await ok<{ nodes: { id: string }[] }>(LIST, { first: 10, filter: { search: code, status: 'DRAFT' } });
      expect(drafts.nodes.map((n) => n.id)).toEqual([v2.id]);
      const page1 = await ok<{ nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } }>(LIST, { first: 1, filter: { search: code } });
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = await ok<{ nodes: { id: string }[] }>(LIST, { first: 1, after: page1.pageInfo.endCursor, filter: { search: code } });
      expect([...page1.nodes, ...page2.nodes].map((n) => n.id)).toEqual([v2.id, v1.id]);
      const seeded = await ok<{ nodes: { code: string; status: string }[] }>(LIST, { first: 100, filter: { status: 'PUBLISHED' } }, methodist);
      expect(seeded.nodes.map((n) => n.code)).toEqual(expect.arrayContaining(['PROF', 'SHADRIKOV']));
      expect((await ok<{ nodes: { canEdit: boolean }[] }>(LIST, { first: 100, filter: { status: 'DRAFT' } }, methodist)).nodes.every((n) => !n.canEdit)).toBe(true);
    });

    it('reads the tree and lists at a bounded number of SQL statements', async () => {
      const shadrikov = ((await t.db.query(`SELECT id FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1`)) as { id: string }[])[0].id;
      const small = await draft();
      const cost = async (query: string, variables: Record<string, unknown>) => {
        t.counter.reset();
        const res = await t.gql(query, variables, admin);
        expect(res.errors).toBeUndefined();
        return t.counter.statements;
      };
      const tree = await cost(GET, { id: small.id });
      expect(await cost(GET, { id: shadrikov })).toBe(tree);
      expect(tree).toBeLessThanOrEqual(6);
      for (let i = 0; i < 4; i++) await draft();
      const few = await cost(`query { competencyFrameworks(first: 2) { nodes { ${TREE} } } }`, {});
      const many = await cost(`query { competencyFrameworks(first: 20) { nodes { ${TREE} } } }`, {});
      expect(many).toBe(few);
    });

    it('answers NOT_FOUND for an unknown framework', async () => {
      const res = await t.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, methodist);
      expect(ext(res)?.code).toBe('NOT_FOUND');
    });
  });
});
