import { startTestApp, TestApp } from './support/test-app';

type Errors = { errors?: { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
const first = (r: Errors) => r.errors?.[0]?.extensions;

/** Bad input on the operations other suites don't cover for it: a clear error, and nothing written. */
describe('bad input', () => {
  let t: TestApp;
  let token: string;
  const counts = async () => {
    const rows: { s: string; a: string; o: string; st: string }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM session) AS s, (SELECT count(*) FROM audit_log) AS a,
              (SELECT count(*) FROM organization) AS o, (SELECT count(*) FROM organization_status) AS st`,
    );
    return rows[0];
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
  });
  afterAll(() => t.close());

  it('login with empty fields names both fields and opens no session', async () => {
    const before = await counts();
    const r = await t.gql<unknown>('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { login: '', password: '' } });
    expect(first(r)?.code).toBe('BAD_USER_INPUT');
    expect(first(r)?.fields).toEqual(
      expect.arrayContaining([
        { field: 'login', message: 'Введите логин' },
        { field: 'password', message: 'Введите пароль' },
      ]),
    );
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['municipalities', 'query($id: ID) { municipalities(regionId: $id) { id } }', 'regionId'],
    ['organization', 'query($id: ID!) { organization(id: $id) { id } }', 'id'],
    ['archiveOrganization', 'mutation($id: ID!) { archiveOrganization(id: $id) { id } }', 'id'],
    ['restoreOrganization', 'mutation($id: ID!) { restoreOrganization(id: $id) { id } }', 'id'],
    ['updateOrganization', 'mutation($id: ID!) { updateOrganization(id: $id, input: { name: "X" }) { id } }', 'id'],
  ])('%s refuses an id that is not a UUID on its field', async (_name, query, field) => {
    const before = await counts();
    const r = await t.gql<unknown>(query, { id: 'school-1' }, token);
    expect(first(r)?.code).toBe('BAD_USER_INPUT');
    expect(first(r)?.fields).toEqual([{ field, message: 'Неверный идентификатор' }]);
    expect(await counts()).toEqual(before);
  });

  it('createOrganization reports every bad field at once and writes nothing', async () => {
    const mun: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const before = await counts();
    const r = await t.gql<unknown>(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: {
          municipalityId: mun[0].id,
          name: 'МБОУ «Школа»',
          kind: 'SCHOOL',
          email: 'not-an-email',
          website: 'school',
          foundedYear: 1500,
          statuses: [{ kind: 'LOW_RESULTS', year: 1990 }],
        },
      },
      token,
    );
    expect(first(r)?.code).toBe('BAD_USER_INPUT');
    const fields = first(r)?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'foundedYear', 'statuses.0.year', 'website']);
    expect(await counts()).toEqual(before);
  });

  it('an unknown enum value is refused before any resolver runs', async () => {
    const r = await t.gql<unknown>('query { registryImportTemplate(kind: TEACHERS) { fileName } }', {}, token);
    expect(first(r)?.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown enum value in the variables is bad input too, not a server error', async () => {
    const r = await t.gql<unknown>('query($kind: RegistryImportKind!) { registryImportTemplate(kind: $kind) { fileName } }', { kind: 'TEACHERS' }, token);
    expect(first(r)?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^Неверное значение переменной запроса: .*TEACHERS/);
  });
});
