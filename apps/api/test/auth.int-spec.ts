import { createHash } from 'node:crypto';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token expiresAt me { login } } }';
const ME = 'query { me { login } }';
const PEOPLE = 'query { people(first: 1) { totalCount } }';
const DEEP = `query { organizations(first: 1) { nodes { staff { person { positions { organization { staff { person { positions { organization { staff { person { id } } } } } } } } } } } } }`;
const INTROSPECTION = 'query { __schema { queryType { name } } }';

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

describe('sign-in, sessions and request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (name: string, password: string) => t.gql<{ login: { token: string; me: { login: string } } }>(LOGIN, { i: { login: name, password } });

  it('sets an HttpOnly, SameSite session cookie on sign-in, and the cookie signs requests in', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { login: 'school12.vorkuta', password: DEMO_PASSWORD } } }),
    });
    const body = (await res.json()) as GqlResult<{ login: { token: string; me: { login: string } } }>;
    expect(body.data!.login.me.login).toBe('school12.vorkuta');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('metodset_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toContain(`metodset_session=${body.data!.login.token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).toMatch(/;\s*Expires=/i);

    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie!.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await me.json()) as GqlResult<{ me: { login: string } }>).data!.me.login).toBe('school12.vorkuta');
  });

  it('answers a wrong password and an unknown login the same way', async () => {
    const wrong = await login('coordinator.lo', 'not-the-password');
    const unknown = await login('nobody.at.all', 'not-the-password');
    for (const r of [wrong, unknown]) {
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0].message).toBe('Неверный логин или пароль');
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('blocks an account after 5 failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await login('methodist.timashevsk', `wrong-${i}`))).toBe('UNAUTHENTICATED');
    const right = await login('methodist.timashevsk', DEMO_PASSWORD);
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.data ?? null).toBeNull();
    // Another account from the same address is not affected.
    const other = await login('methodist.podporozhye', DEMO_PASSWORD);
    expect(other.errors).toBeUndefined();
  });

  it('revokes the session on logout', async () => {
    const token = await t.login('mentor.zhdanova');
    expect((await t.gql<{ me: { login: string } }>(ME, {}, token)).data!.me.login).toBe('mentor.zhdanova');
    const out = await t.gql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data!.logout).toBe(true);
    expect((await t.gql<{ me: unknown }>(ME, {}, token)).data!.me).toBeNull();
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBe('UNAUTHENTICATED');
    const rows: { revoked_at: Date | null }[] = await t.db.query('SELECT revoked_at FROM session WHERE token_hash = $1', [hashOf(token)]);
    expect(rows[0].revoked_at).not.toBeNull();
  });

  it('refuses an expired session', async () => {
    const token = await t.login('teacher.filippov');
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBeUndefined();
    await t.db.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [hashOf(token)]);
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ me: unknown }>(ME, {}, token)).data!.me).toBeNull();
  });

  it('refuses a session idle for longer than the idle timeout', async () => {
    const token = await t.login('teacher.filippov');
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBeUndefined();
    await t.db.query(`UPDATE session SET last_seen_at = now() - interval '2 hours' WHERE token_hash = $1`, [hashOf(token)]);
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses a query nested deeper than 10 levels', async () => {
    const token = await t.login('admin');
    const r = await t.gql(DEEP, {}, token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/слишком глубокий/);
    expect(r.data ?? null).toBeNull();
  });

  it('answers /health with 200 and status ok', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('serves introspection and stack traces outside production (the production checks below mean something)', async () => {
    const intro = await t.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(intro.data!.__schema.queryType.name).toBe('Query');
    const r = await t.gql(PEOPLE);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].extensions).toHaveProperty('stacktrace');
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('sends errors without stack traces', async () => {
    const token = await t.login('school12.vorkuta');
    const results = [
      await t.gql(PEOPLE),
      await t.gql('query($id: ID!) { organization(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, token),
      await t.gql('query { nothingHere }', {}, token),
      await t.gql(DEEP, {}, token),
    ];
    expect(results.map(codeOf)).toEqual(['UNAUTHENTICATED', 'NOT_FOUND', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    for (const r of results) {
      expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:\d+|at .+\(/);
    }
  });

  it('turns introspection off', async () => {
    const r = await t.gql(INTROSPECTION);
    expect(r.data ?? null).toBeNull();
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/introspection/i);
  });
});
