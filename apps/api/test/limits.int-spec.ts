import { GRAPHQL_LIMITS } from '../src/common/graphql/limits';
import { startTestApp, TestApp } from './support/test-app';

interface Answer {
  status: number;
  type: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; limit?: string } }[] };
}

const SPEC_TYPE = 'application/graphql-response+json';

/**
 * Limits refused before the operation runs, each with HTTP 400, BAD_USER_INPUT and a Russian message
 * (GraphQL over HTTP: application/graphql-response+json when the client accepts it).
 */
describe('GraphQL limits', () => {
  let t: TestApp;
  let token: string;
  let orgId: string;

  const post = async (query: string, variables: Record<string, unknown> = {}, opts: { accept?: string; auth?: boolean } = {}): Promise<Answer> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: opts.accept ?? `${SPEC_TYPE}, application/json`,
        ...(opts.auth === false ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Answer['body'] };
  };
  const refused = (a: Answer) => {
    expect(a.status).toBe(400);
    expect(a.type).toContain(SPEC_TYPE);
    expect(a.body.data ?? null).toBeNull();
    const e = a.body.errors?.[0];
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e?.message).toMatch(/[а-яё]/i);
    return e!;
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
    const rows: { id: string }[] = await t.db.query('SELECT id FROM organization LIMIT 1');
    orgId = rows[0].id;
  });
  afterAll(() => t.close());

  it('refuses a 12.8 MB query text before parsing it, and /health answers meanwhile', async () => {
    const huge = `{ me ${'@skip(if:false) '.repeat(800_000)}{ id } }`;
    expect(huge.length).toBeGreaterThan(12_000_000);
    const big = fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: SPEC_TYPE },
      body: JSON.stringify({ query: huge }),
    });
    const health = await fetch(`${t.url}/health`);
    const res = await big;
    expect(health.status).toBe(200);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain(SPEC_TYPE);
    const body = (await res.json()) as Answer['body'];
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'queryChars' });
    expect(body.errors?.[0].message).toMatch(/^Текст запроса слишком длинный/);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it('answers a body over the JSON limit and a body that is not JSON like any other refusal', async () => {
    const big = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: SPEC_TYPE },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(16 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain(SPEC_TYPE);
    expect(((await big.json()) as Answer['body']).errors?.[0]).toEqual({
      message: 'Запрос слишком большой: больше 15 МБ',
      extensions: { code: 'BAD_USER_INPUT', limit: 'bodySize' },
    });
    const broken = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as Answer['body']).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it('stops parsing at the token limit', async () => {
    const query = `{ me { ${'id '.repeat(GRAPHQL_LIMITS.tokens + 10)} } }`;
    expect(query.length).toBeLessThan(GRAPHQL_LIMITS.queryChars);
    const e = refused(await post(query));
    expect(e.extensions?.limit).toBe('tokens');
    expect(e.message).toBe(`Запрос слишком длинный: больше ${GRAPHQL_LIMITS.tokens} лексем`);
  });

  it('refuses too many directives', async () => {
    const e = refused(await post(`{ me { ${'id @include(if: true) '.repeat(GRAPHQL_LIMITS.directives + 1)} } }`));
    expect(e.extensions?.limit).toBe('directives');
    expect(e.message).toMatch(/^Слишком много директив/);
  });

  it.each([
    ['organization(id)', (i: number) => `o${i}: organization(id: $id) { id }`],
    ['organizations(first: 1) { totalCount }', (i: number) => `o${i}: organizations(first: 1) { totalCount }`],
  ])('refuses 500 aliases of %s (and one over the alias limit) without running any SQL', async (_name, alias) => {
    const usesId = alias(0).includes('$id');
    const aliases = (n: number) => `query${usesId ? '($id: ID!)' : ''} { ${Array.from({ length: n }, (_, i) => alias(i)).join(' ')} }`;
    const variables = usesId ? { id: orgId } : {};
    t.counter.reset();
    // 500 aliases are more tokens than allowed: parsing stops before the alias rule would count them.
    expect(['tokens', 'aliases']).toContain(refused(await post(aliases(500), variables)).extensions?.limit);
    const e = refused(await post(aliases(GRAPHQL_LIMITS.aliases + 1), variables));
    expect(e.extensions?.limit).toBe('aliases');
    expect(e.message).toBe(`Слишком много псевдонимов полей в запросе: ${GRAPHQL_LIMITS.aliases + 1} при допустимых ${GRAPHQL_LIMITS.aliases}`);
    expect(t.counter.statements).toBe(0);
  });

  it('still answers the aliases the limit allows', async () => {
    const query = `query($id: ID!) { ${Array.from({ length: GRAPHQL_LIMITS.aliases }, (_, i) => `o${i}: organization(id: $id) { id }`).join(' ')} }`;
    const a = await post(query, { id: orgId });
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    expect(Object.keys(a.body.data as object)).toHaveLength(GRAPHQL_LIMITS.aliases);
  });

  it('refuses a query too deep with 400, not 500', async () => {
    const query = `query { organizations(first: 1) { nodes { staff { person { positions { organization { staff { person { positions { organization { staff { person { id } } } } } } } } } } } } }`;
    const e = refused(await post(query));
    expect(e.extensions?.limit).toBe('depth');
    expect(e.message).toMatch(/^Запрос слишком глубокий: \d+ уровней при допустимых 10$/);
  });

  it('refuses a query too costly with 400, not 500: aliases of one list add up', async () => {
    const list = (i: number) => `o${i}: organizations(first: 100) { nodes { staff { person { positions { organization { id name } } } } } }`;
    const one = await post(`{ ${list(0)} }`);
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    const e = refused(await post(`{ ${[0, 1, 2, 3, 4, 5, 6].map(list).join(' ')} }`));
    expect(e.extensions?.limit).toBe('cost');
    expect(e.message).toMatch(/^Запрос слишком тяжёлый: стоимость \d+ при допустимой 5000$/);
  });

  it.each([
    ['a string for an Int', 'query($n: Int!) { organizations(first: $n) { totalCount } }', { n: 'десять' }],
    ['an unknown enum value', 'query($k: RegistryImportKind!) { registryImportTemplate(kind: $k) { fileName } }', { k: 'TEACHERS' }],
    ['a missing required variable', 'query($id: ID!) { organization(id: $id) { id } }', {}],
  ])('answers %s in the variables with 400 and a Russian message', async (_name, query, variables) => {
    const e = refused(await post(query, variables));
    expect(e.message).toMatch(/^Неверное значение переменной запроса: /);
  });

  it('answers a variable error with application/json to a client that accepts only that', async () => {
    const a = await post('query($n: Int!) { organizations(first: $n) { totalCount } }', { n: 'x' }, { accept: 'application/json' });
    expect([200, 400]).toContain(a.status);
    expect(a.type).toContain('application/json');
    expect(a.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a syntax error with 400 and a Russian message', async () => {
    const e = refused(await post('{ me { id }', {}, { auth: false }));
    expect(e.message).toMatch(/^Синтаксическая ошибка в запросе: /);
  });

  it('answers an unknown field with 400 and a Russian message', async () => {
    const e = refused(await post('{ nothingHere }'));
    expect(e.message).toMatch(/^Запрос не соответствует схеме API: /);
  });
});
