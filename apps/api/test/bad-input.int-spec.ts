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

  describe('text that is not valid text', () => {
    const fieldsOf = (r: Errors) => first(r)?.fields?.map((f) => f.field);

    it.each([
      ['a lone surrogate', '\ud800'],
      ['a NUL byte', 'a\u0000b'],
    ])('createOrganization refuses %s in the name, naming the field, and writes nothing', async (_what, bad) => {
      const mun: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
      const before = await counts();
      const r = await t.gql<unknown>(
        'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { municipalityId: mun[0].id, name: `МБОУ «Школа ${bad}»`, kind: 'SCHOOL' } },
        token,
      );
      expect(first(r)?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual(['name']);
      expect(r.errors?.[0]?.message).toMatch(/недопустимый символ/);
      expect(await counts()).toEqual(before);
    });

    it('updatePerson refuses a lone surrogate in a nested text field', async () => {
      const people: { id: string }[] = await t.db.query('SELECT id FROM person ORDER BY id LIMIT 1');
      const r = await t.gql<unknown>(
        'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }',
        { id: people[0].id, input: { firstName: 'Анна', lastName: 'Ива\udc00нова' } },
        token,
      );
      expect(first(r)?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual(['lastName']);
    });

    it('login refuses a NUL byte in the login and opens no session', async () => {
      const before = await counts();
      const r = await t.gql<unknown>('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { login: 'adm\u0000in', password: 'x' } });
      expect(first(r)?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual(['login']);
      expect(await counts()).toEqual(before);
    });

    it('a search filter refuses a NUL byte', async () => {
      const r = await t.gql<unknown>('query($s: String) { people(filter: { search: $s }) { totalCount } }', { s: '\u0000' }, token);
      expect(first(r)?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual(['filter.search']);
    });

    it.each([
      ['a stray quote', 'IMP-1;"4709910010;МОУ «Школа»;СОШ;Подпорожский муниципальный район\n'],
      ['a NUL byte in a cell', 'IMP-1;4709910010;МОУ «Шко\u0000ла»;СОШ;Подпорожский муниципальный район\n'],
    ])('a CSV with %s in a registry import is a clear error on the file, not an internal one', async (_what, row) => {
      const csv = `Код;ИНН;Полное наименование;Вид;Муниципалитет\n${row}`;
      const r = await t.gql<unknown>(
        'mutation($input: ImportRegistryInput!) { importRegistry(input: $input) { total } }',
        { input: { kind: 'ORGANIZATIONS', dryRun: true, fileName: 'реестр.csv', contentBase64: Buffer.from(csv).toString('base64') } },
        token,
      );
      expect(first(r)?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual(['contentBase64']);
      expect(r.errors?.[0]?.message).toMatch(/CSV/);
    });
  });

  describe('a sweep over every operation with wrongly typed variables', () => {
    interface TypeRef {
      kind: string;
      name: string | null;
      ofType: TypeRef | null;
    }
    interface Arg {
      name: string;
      type: TypeRef;
    }
    interface Field {
      name: string;
      args: Arg[];
      type: TypeRef;
    }
    interface FullType {
      name: string;
      kind: string;
      inputFields: Arg[] | null;
    }
    const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }';
    const INTROSPECT = `{ __schema {
      queryType { fields { name type { ${REF} } args { name type { ${REF} } } } }
      mutationType { fields { name type { ${REF} } args { name type { ${REF} } } } }
      types { name kind inputFields { name type { ${REF} } } }
    } }`;
    let operations: { kind: 'query' | 'mutation'; field: Field }[] = [];
    let types = new Map<string, FullType>();

    const typeName = (t: TypeRef): string =>
      t.kind === 'NON_NULL' ? `${typeName(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeName(t.ofType!)}]` : t.name!;
    const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
    /** A value of the wrong type for `t`; `deep`: an input object gets an object of wrong fields instead of a string. */
    const wrong = (t: TypeRef, deep: boolean, depth = 0): unknown => {
      if (t.kind === 'NON_NULL') return wrong(t.ofType!, deep, depth);
      if (t.kind === 'LIST') return [wrong(t.ofType!, deep, depth)];
      if (t.kind === 'ENUM') return 'NO_SUCH_VALUE';
      if (t.kind === 'INPUT_OBJECT') {
        const fields = types.get(t.name!)?.inputFields ?? [];
        if (!deep || depth > 2) return 'не объект';
        return Object.fromEntries(fields.map((f) => [f.name, wrong(f.type, deep, depth + 1)]));
      }
      if (t.name === 'Int' || t.name === 'Float') return 'не число';
      if (t.name === 'Boolean') return 'да';
      if (t.name === 'ID') return true;
      if (t.name === 'String') return 12345;
      return { not: 'a scalar' };
    };
    const document = (kind: string, f: Field) => {
      const vars = f.args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
      const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(named(f.type).kind) ? ' { __typename }' : '';
      return `${kind}${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''}${selection} }`;
    };
    const send = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as Errors & { data?: unknown } };
    };

    beforeAll(async () => {
      const r = await t.gql<{ __schema: { queryType: { fields: Field[] }; mutationType: { fields: Field[] }; types: FullType[] } }>(INTROSPECT, {}, token);
      const schema = r.data!.__schema;
      types = new Map(schema.types.map((x) => [x.name, x]));
      operations = [
        ...schema.mutationType.fields.map((field) => ({ kind: 'mutation' as const, field })),
        ...schema.queryType.fields.map((field) => ({ kind: 'query' as const, field })),
      ].filter((o) => o.field.args.length > 0);
    });

    it('finds the operations to sweep', () => {
      expect(operations.filter((o) => o.kind === 'mutation').length).toBeGreaterThan(100);
    });

    it('answers every wrongly typed variable with 400 and BAD_USER_INPUT, never 500', async () => {
      const failures: string[] = [];
      for (const { kind, field } of operations) {
        const variables = Object.fromEntries(field.args.map((a) => [a.name, wrong(a.type, false)]));
        const r = await send(document(kind, field), variables);
        const codes = (r.body.errors ?? []).map((e) => e.extensions?.code);
        if (r.status !== 400 || !codes.length || codes.some((c) => c !== 'BAD_USER_INPUT')) failures.push(`${field.name}: ${r.status} ${codes.join(',')}`);
      }
      expect(failures).toEqual([]);
    });

    it('answers inputs full of wrongly typed fields and inputs missing required fields without a server error', async () => {
      const failures: string[] = [];
      for (const { kind, field } of operations) {
        for (const deep of [true, false]) {
          const variables = Object.fromEntries(
            field.args.map((a) => [a.name, deep ? wrong(a.type, true) : named(a.type).kind === 'INPUT_OBJECT' ? {} : undefined]),
          );
          const r = await send(document(kind, field), variables);
          const codes = (r.body.errors ?? []).map((e) => e.extensions?.code);
          if (r.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || (r.status === 200 && !codes.length && deep)) {
            failures.push(`${field.name} (${deep ? 'wrong fields' : 'missing fields'}): ${r.status} ${codes.join(',')}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });
});
